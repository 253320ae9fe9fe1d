namespace ReportKit.Import.Recognise;

public enum Evidence { PartyHeading, UnionHeading, StateBody, MassOrganisation, PartyAuthority, PartyNumber, UnionOrgan, PartyOrgan, StateOrgan, MassOrgan, Nothing, Chosen }

/// <summary>Why a document is taken to follow a regime (its profile), in words for the user, in both languages in one place.</summary>
public sealed record RegimeEvidence(Evidence Kind, string Detail = "")
{
    public string Text(bool vietnamese) => (Kind, vietnamese) switch
    {
        (Evidence.PartyHeading, true) => "đầu văn bản có “ĐẢNG CỘNG SẢN VIỆT NAM”",
        (Evidence.PartyHeading, _) => "the header reads \"ĐẢNG CỘNG SẢN VIỆT NAM\"",
        (Evidence.UnionHeading, true) => "đầu văn bản có “ĐOÀN TNCS HỒ CHÍ MINH”",
        (Evidence.UnionHeading, _) => "the header reads \"ĐOÀN TNCS HỒ CHÍ MINH\"",
        (Evidence.StateBody, true) => "có Quốc hiệu và cơ quan ban hành là cơ quan nhà nước",
        (Evidence.StateBody, _) => "the header reads \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" and the organ is a state body",
        (Evidence.MassOrganisation, true) => "có Quốc hiệu và cơ quan ban hành không phải cơ quan nhà nước",
        (Evidence.MassOrganisation, _) => "the header reads \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" and the organ is not a state body",
        (Evidence.PartyAuthority, true) => $"quyền hạn ký viết “{Detail}” (cách viết của Đảng)",
        (Evidence.PartyAuthority, _) => $"the signature is written \"{Detail}\" (the Party's form)",
        (Evidence.PartyNumber, true) => $"số, ký hiệu viết “Số …-{Detail}” (cách viết của Đảng)",
        (Evidence.PartyNumber, _) => $"the number is written \"Số …-{Detail}\" (the Party's form)",
        (Evidence.UnionOrgan, true) => "cơ quan ban hành là cơ quan của Đoàn",
        (Evidence.UnionOrgan, _) => "the organ is a Đoàn body",
        (Evidence.PartyOrgan, true) => "cơ quan ban hành là cấp ủy Đảng",
        (Evidence.PartyOrgan, _) => "the organ is a Party committee",
        (Evidence.StateOrgan, true) => "cơ quan ban hành là cơ quan nhà nước",
        (Evidence.StateOrgan, _) => "the organ is a state body",
        (Evidence.MassOrgan, true) => "cơ quan ban hành là tổ chức chính trị - xã hội",
        (Evidence.MassOrgan, _) => "the organ is a mass organisation",
        (Evidence.Chosen, true) => "theo lựa chọn --the-thuc",
        (Evidence.Chosen, _) => "chosen with --the-thuc",
        (_, true) => "văn bản không cho biết thể thức; dùng mặc định",
        _ => "nothing in the document names its regime; the default",
    };

    public override string ToString() => Text(false);
}
