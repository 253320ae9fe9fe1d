namespace ReportKit.Writers.Docx;

/// <summary>OOXML units: twips (1/20 pt, 1/1440 inch) and half-points.</summary>
static class Units
{
    public static int MmToTwips(double mm) => (int)Math.Round(mm * 1440 / 25.4);
    public static int CmToTwips(double cm) => MmToTwips(cm * 10);
    public static int PtToTwips(double pt) => (int)Math.Round(pt * 20);
    public static string HalfPoints(double pt) => ((int)Math.Round(pt * 2)).ToString();

    /// <summary>A4 portrait, in twips.</summary>
    public const int A4Width = 11906, A4Height = 16838;
}
