namespace ReportKit.Tests.Support;

/// <summary>How the tests themselves were built, so a test that packs or runs another project's build uses the same one.</summary>
public static class Build
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif
}
