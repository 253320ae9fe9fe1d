using System.Text;
using ReportKit.Document;
using ReportKit.Model;
using ReportKit.Tests.Support;
using ReportKit.Writers.Docx;

namespace ReportKit.Tests;

/// <summary>An annex table written as text (WordXml) is exactly the table the SDK writes, cell for cell.</summary>
public class AnnexTableXmlTests
{
    static readonly (Profiles.FormatProfile Profile, PlanDocument Document) KhanhHoa = Prepare("khanh-hoa-2021");

    static (Profiles.FormatProfile, PlanDocument) Prepare(string example)
    {
        var (_, document, profile) = new Pipeline.PlanRenderer(Repo.Templates).Prepare(Repo.Example(example));
        return (profile, document);
    }

    /// <summary>Both ways of writing <paramref name="annex"/>'s table, each as it appears in document.xml.</summary>
    static (string Direct, string Sdk) BothWays(Profiles.FormatProfile profile, AnnexTable annex, bool keepLastRowWithNext)
    {
        var writer = new AnnexSectionWriter(profile);
        var width = writer.TextWidth(annex.Orientation);
        var direct = Assert.IsType<RawXml>(writer.Table(annex, width, keepLastRowWithNext)).Xml;
        var sdk = new StringBuilder();
        PartXml.WriteInDocument(writer.SdkTable(annex, width, keepLastRowWithNext), sdk);
        return (direct, sdk.ToString());
    }

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Every_example_annex_table_is_written_as_the_sdk_writes_it(string example)
    {
        var (profile, document) = Prepare(example);
        foreach (var annex in document.Annexes.Where(a => a.HasTable))
            foreach (var keep in new[] { false, true })
            {
                var (direct, sdk) = BothWays(profile, annex, keep);
                Assert.Equal(sdk, direct);
            }
    }

    [Theory]
    [InlineData("Hội LHPN tỉnh Khánh Hòa")]
    [InlineData("A & B <c> \"d\" 'e'")]
    [InlineData("giai đoạn 2020 - 2025, Covid-19, Số: 12/KH-BTV")]
    [InlineData("-đầu và cuối-")]
    [InlineData("--")]
    [InlineData("")]
    [InlineData("cách\u00A0không ngắt")]
    [InlineData("1.234,5")]
    public void Every_row_kind_merge_span_shade_and_alignment_is_written_as_the_sdk_writes_it(string text)
    {
        var kinds = Enum.GetValues<AnnexRowKind>();
        var rows = kinds.Select(kind => new AnnexRow(kind,
        [
            new AnnexCell(text, Align: CellAlign.Left) { RowSpan = 2 },
            new AnnexCell(text, Span: 2, Align: CellAlign.Right, Flagged: true),
            new AnnexCell(text, Align: CellAlign.Justify),
        ])).Append(new AnnexRow(AnnexRowKind.Item, [AnnexCell.Covered(), new AnnexCell(text, Span: 3, Flagged: true)])).ToList();
        foreach (var size in new double?[] { null, 10.5, 13 })
            foreach (var orientation in new[] { PageOrientation.Landscape, PageOrientation.Portrait })
                foreach (var keep in new[] { false, true })
                {
                    var annex = KhanhHoa.Document.Annexes.First(a => a.HasTable) with
                    {
                        Rows = rows,
                        Widths = [new ColumnWidth(4, false), new ColumnWidth(2.5, true), new ColumnWidth(30, false), new ColumnWidth(9, false)],
                        FontSize = size,
                        Orientation = orientation,
                    };
                    var (direct, sdk) = BothWays(KhanhHoa.Profile, annex, keep);
                    Assert.Equal(sdk, direct);
                }
    }

    [Theory]
    [InlineData("tab\there")]
    [InlineData("emoji 😀")]
    public void A_cell_the_sdk_escapes_its_own_way_keeps_the_table_in_the_sdk(string text)
    {
        var annex = KhanhHoa.Document.Annexes.First(a => a.HasTable);
        annex = annex with { Rows = [.. annex.Rows, new AnnexRow(AnnexRowKind.Item, [new AnnexCell(text, Span: annex.Rows[0].Cells.Sum(c => c.Span))])] };
        var writer = new AnnexSectionWriter(KhanhHoa.Profile);
        Assert.IsType<DocumentFormat.OpenXml.Wordprocessing.Table>(writer.Table(annex, writer.TextWidth(annex.Orientation), keepLastRowWithNext: true));
    }

    [Theory]
    [MemberData(nameof(Repo.ExampleNames), MemberType = typeof(Repo))]
    public void Every_example_annex_section_is_written_as_the_sdk_writes_it(string example)
    {
        var (profile, document) = Prepare(example);
        static string Xml(DocumentFormat.OpenXml.OpenXmlElement e)
        {
            if (e is RawXml raw) return raw.Xml;
            var sb = new StringBuilder();
            PartXml.WriteInDocument(e, sb);
            return sb.ToString();
        }
        var withNotes = document.Annexes.Select(a => a with { Notes = [[new TextRun("Ghi chú: số liệu <ước> & \"tạm\" 2020 - 2025", Italic: true), new TextRun("./.")]] });
        foreach (var annex in document.Annexes.Concat(withNotes))
        {
            var writer = new AnnexSectionWriter(profile);
            Assert.Equal(writer.Write(annex, direct: false).Select(Xml), writer.Write(annex).Select(Xml));
        }
    }
}
