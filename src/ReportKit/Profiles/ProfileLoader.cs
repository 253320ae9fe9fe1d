using ReportKit.Diagnostics;
using ReportKit.Load;
using ReportKit.Model;
using ReportKit.Text;
using ReportKit.Localization;

namespace ReportKit.Profiles;

/// <summary>
/// Finds and reads format profiles: templates/profiles/&lt;name&gt;.yaml, or a path. Every key is
/// read by hand from the YAML nodes (the key tables below, one line per key), so every problem
/// has its file:line:column, a misspelt key gets "did you mean", and values are checked: sizes
/// that print, margins that leave a text area, numbering patterns that number, a ký hiệu check
/// that is a regular expression. No reflection: the tables are also what documents the keys.
/// </summary>
internal static class ProfileLoader
{
    /// <param name="at">Where the plan names the profile, so a wrong name is reported there.</param>
    /// <param name="sandbox">The folders a profile given as a path may come from (the plan's folder and the template folders); null allows any.</param>
    public static FormatProfile Load(string nameOrPath, IEnumerable<string> searchDirs, SourceRef? at = null, IReadOnlyList<string>? sandbox = null)
    {
        var dirs = searchDirs.ToList();
        string? path;
        try
        {
            path = Resolve(nameOrPath, dirs, sandbox);
        }
        catch (Pipeline.SandboxException ex)
        {
            throw new ReportKitException(at.At(Severity.Error, $"the_thuc: {ex.Message}"));
        }
        if (path is null)
        {
            // Known profiles are the files in profiles/ folders (not every YAML beside the plan).
            var known = dirs.Where(d => Path.GetFileName(d) == "profiles" && Directory.Exists(d))
                .SelectMany(d => Directory.GetFiles(d, "*.yaml")).Select(f => Path.GetFileNameWithoutExtension(f)).Distinct().Order(StringComparer.Ordinal);
            throw new ReportKitException(at.At(Severity.Error, UiLanguage.Format(ProfileMessages.ProfileNotFound, nameOrPath, string.Join(", ", known))));
        }
        return LoadFile(path);
    }

    /// <param name="sandbox">When given, a path that lands outside these folders (.., absolute, a link) is refused with <see cref="Pipeline.SandboxException"/>.</param>
    public static string? Resolve(string nameOrPath, IEnumerable<string> searchDirs, IReadOnlyList<string>? sandbox = null)
    {
        // A path ("profiles/rieng.yaml") is taken as written (absolute) or against each search folder,
        // the plan's own folder among them; a name ("dang") is looked up as <dir>/<name>.yaml.
        var isPath = nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        var file = isPath ? nameOrPath : nameOrPath + ".yaml";
        if (sandbox is not null) return Pipeline.Sandbox.Find(file, searchDirs, sandbox, "profile");
        if (isPath && Path.IsPathRooted(nameOrPath)) return File.Exists(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
        foreach (var dir in searchDirs)
        {
            var candidate = Path.Combine(dir, file);
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return isPath && File.Exists(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
    }

    public static FormatProfile LoadFile(string path)
    {
        var bag = new DiagnosticBag();
        var profile = LoadFile(path, bag);
        bag.ThrowIfErrors();
        return profile!;
    }

    /// <summary>Reads a profile file; null with every problem, located, in <paramref name="bag"/>.</summary>
    public static FormatProfile? LoadFile(string path, DiagnosticBag bag)
    {
        if (YamlFile.Read(path, bag, ProfileMessages.ProfileKeysExpected) is not var (root, text)) return null;
        var errors = bag.Items.Count;
        var profile = Profile.Read(new YamlNodeReader(root, path, text.Split('\n'), bag), new FormatProfile());
        if (bag.Items.Count > errors) return null;
        if (string.IsNullOrEmpty(profile.Name)) profile.Name = Path.GetFileNameWithoutExtension(path);
        return profile;
    }

    // ---- the keys, one line each (docs/profiles.md lists them with their defaults) ----

    const string Size = "size in points";
    const double MinSize = 4, MaxSize = 72;

    /// <summary>A4: 210 × 297 mm. A text area narrower than 80 mm or shorter than 100 mm is not a page of a plan.</summary>
    const double PageWidth = 210, PageHeight = 297, MinTextWidth = 80, MinTextHeight = 100;

    /// <summary>The keys of a text style; styles that extend it (the date line) add theirs after.</summary>
    static KeyTable<T> TextKeys<T>() where T : TextStyle => new KeyTable<T>()
        .Number("co", Size, MinSize, MaxSize, (s, v) => s.Size = v)
        .Bool("dam", "bold", (s, v) => s.Bold = v)
        .Bool("nghieng", "italic", (s, v) => s.Italic = v)
        .Bool("gach_chan", "underlined", (s, v) => s.Underline = v)
        .Bool("in_hoa", "in capitals", (s, v) => s.Upper = v);

    static readonly KeyTable<TextStyle> Text = TextKeys<TextStyle>();

    static readonly KeyTable<DateLineStyle> DateLine = TextKeys<DateLineStyle>()
        .Number("co_toi_thieu", "the smallest size the date line may take to stay on one line", MinSize, MaxSize, (s, v) => s.MinSize = v);

    static readonly KeyTable<StyledLine> Line = new KeyTable<StyledLine>()
        .Text("chu", "the line's text", (l, v) => l.Text = v)
        .Number("co", Size, MinSize, MaxSize, (l, v) => l.Size = v)
        .Bool("dam", "bold", (l, v) => l.Bold = v);

    static readonly KeyTable<PageSetup> Page = new KeyTable<PageSetup>()
        .Number("tren", "top margin, mm", 0, 100, (p, v) => p.TopMm = v)
        .Number("duoi", "bottom margin, mm", 0, 100, (p, v) => p.BottomMm = v)
        .Number("trai", "left margin, mm", 0, 100, (p, v) => p.LeftMm = v)
        .Number("phai", "right margin, mm", 0, 100, (p, v) => p.RightMm = v)
        .Number("dau_trang", "distance of the page number from the top edge, mm", 0, 100, (p, v) => p.HeaderMm = v)
        .Check((r, p) =>
        {
            if (p.LeftMm + p.RightMm > PageWidth - MinTextWidth)
                r.Error(r.Get("trai") ?? r.Get("phai") ?? r.Node, UiLanguage.Format(ProfileMessages.MarginsTooWide, r.Path("trai"), p.LeftMm, p.RightMm, MinTextWidth, PageWidth));
            if (p.TopMm + p.BottomMm > PageHeight - MinTextHeight)
                r.Error(r.Get("tren") ?? r.Get("duoi") ?? r.Node, UiLanguage.Format(ProfileMessages.MarginsTooTall, r.Path("tren"), p.TopMm, p.BottomMm, MinTextHeight, PageHeight));
            if (p.HeaderMm >= p.TopMm)
                r.Error(r.Get("dau_trang") ?? r.Node, UiLanguage.Format(ProfileMessages.PageNumberInText, r.Path("dau_trang"), p.HeaderMm, p.TopMm));
        });

    static readonly KeyTable<NumberStyle> Number = new KeyTable<NumberStyle>()
        .Text("mau", "the header's number line, with {so} and {ky_hieu}", (n, v) => n.Pattern = v)
        .Text("trich_dan", "how other text cites the number, with {so} and {ky_hieu}", (n, v) => n.Citation = v)
        .Number("co", Size, MinSize, MaxSize, (n, v) => n.Size = v)
        .Bool("them_so_0", "a leading zero below 10 (05)", (n, v) => n.PadBelowTen = v)
        .Literal("cho_trong", "what stands for a number not yet given", (n, v) => n.Blank = v)
        .Check((r, n) =>
        {
            foreach (var (key, value) in new[] { ("mau", n.Pattern), ("trich_dan", n.Citation) })
                if (!value.Contains("{so}"))
                    r.Error(r.Get(key) ?? r.Node, UiLanguage.Format(ProfileMessages.NumberLineWithoutNumber, r.Path(key), value));
        });

    static readonly KeyTable<BodyStyle> Body = new KeyTable<BodyStyle>()
        .Number("co", Size, MinSize, MaxSize, (b, v) => b.Size = v)
        .Number("thut_dau_dong_cm", "first-line indent, cm", 0, 5, (b, v) => b.FirstLineIndentCm = v)
        .Number("cach_truoc_pt", "space before a paragraph, points", 0, 72, (b, v) => b.SpaceBeforePt = v)
        .Number("cach_sau_pt", "space after a paragraph, points", 0, 72, (b, v) => b.SpaceAfterPt = v)
        .Number("gian_dong", "line spacing, in lines", 0.5, 3, (b, v) => b.LineSpacing = v)
        .Number("gian_dong_chinh_xac_pt", "exact line spacing, points", 6, 72, (b, v) => b.ExactLineSpacingPt = v);

    static readonly KeyTable<RecipientsStyle> Recipients = new KeyTable<RecipientsStyle>()
        .Text("nhan", "the label (Nơi nhận:)", (s, v) => s.Label = v)
        .Map("kieu_nhan", "the label's style", Text, (s, v) => s.LabelStyle = v)
        .Map("kieu_dong", "the lines' style", Text, (s, v) => s.LineStyle = v)
        .Literal("dau_dong", "what starts each line", (s, v) => s.LinePrefix = v)
        .Literal("cuoi_dong", "what ends each line", (s, v) => s.LineEnd = v)
        .Text("dong_luu", "the last line, with {luu}", (s, v) => s.ArchiveLine = v)
        .Text("dong_luu_mac_dinh", "the last line when the plan names nothing after VT", (s, v) => s.DefaultArchiveLine = v)
        .Bool("ghi_chu_nghieng", "a recipient's note in italics", (s, v) => s.ItalicNote = v);

    static readonly KeyTable<SignatureStyle> Signature = new KeyTable<SignatureStyle>()
        .Map("quyen_han", "authority lines' style", Text, (s, v) => s.Authority = v)
        .Map("chuc_vu", "position line's style", Text, (s, v) => s.Position = v)
        .Map("ho_ten", "name's style", Text, (s, v) => s.Name = v)
        .Integer("dong_trong", "blank lines for the signature and seal", 0, 20, (s, v) => s.BlankLines = v)
        .TextList("tien_to", "authority prefixes of this regime (TM., KT., ...)", (s, v) => s.Prefixes = v, minItems: 1)
        .Map("chuc_vu_khac", "the signer's other position's style", Text, (s, v) => s.OtherPosition = v)
        .Text("vi_tri_chuc_vu_khac", "where the other position goes", (s, v) => s.OtherPositionPlace = v, "tren_ten", "duoi_ten");

    static readonly KeyTable<DraftStyle> Draft = new KeyTable<DraftStyle>()
        .Text("chu", "the draft mark's text", (d, v) => d.Text = v)
        .Number("co", Size, MinSize, MaxSize, (d, v) => d.Size = v)
        .Bool("dam", "bold", (d, v) => d.Bold = v)
        .Bool("khung", "in a frame", (d, v) => d.Framed = v);

    static readonly KeyTable<AnnexStyle> Annex = new KeyTable<AnnexStyle>()
        .Text("danh_so", "annex numbering when there are several", (a, v) => a.Numbering = v, "roman", "arabic")
        .Number("co_bang", "table text size in points", MinSize, MaxSize, (a, v) => a.TableSize = v)
        .Text("nhan", "the label (Phụ lục)", (a, v) => a.Label = v)
        .Text("huong", "orientation unless an annex says otherwise", (a, v) => a.Orientation = v, "ngang", "doc")
        .Literal("ket_thuc", "what closes each annex (./.)", (a, v) => a.End = v);

    static readonly KeyTable<ProfileChecks> Checks = new KeyTable<ProfileChecks>()
        .TextList("tien_to_cam", "authority prefixes refused under this regime", (c, v) => c.ForbiddenPrefixes = v)
        .Text("ky_hieu", "a regular expression the ký hiệu must match", (c, v) => c.SymbolPattern = v)
        .Text("ky_hieu_vi_du", "an example shown when the ký hiệu does not match", (c, v) => c.SymbolExample = v)
        .TextList("luu_cam", "words the luu line must not start with", (c, v) => c.ForbiddenArchiveStarts = v)
        .Check((r, c) =>
        {
            if (c.SymbolPattern is not { } pattern) return;
            c.SymbolPatternAt = r.SpanOf(r.Get("ky_hieu")!);
            if (pattern.Length > 1000) { r.Error(r.Get("ky_hieu")!, UiLanguage.Format(ProfileMessages.SymbolPatternTooLong, r.Path("ky_hieu"), pattern.Length)); return; }
            try { _ = SafeRegex.Compile(pattern); }
            catch (ArgumentException ex) { r.Error(r.Get("ky_hieu")!, UiLanguage.Format(ProfileMessages.SymbolPatternInvalid, r.Path("ky_hieu"), pattern, ex.Message)); }
        });

    /// <summary>The elements whose size <c>reportgen check</c> measures (its Style and Size keys).</summary>
    static readonly string[] CheckedElements =
        ["can_cu", "chuc_vu", "co_quan_ban_hanh", "co_quan_chu_quan", "ho_ten", "ngay", "noi_nhan_dong", "noi_nhan_nhan", "phu_luc", "quyen_han", "so", "so_trang", "ten_loai", "than", "trich_yeu"];

    static readonly KeyTable<DocumentCheckRanges> DocumentCheck = new KeyTable<DocumentCheckRanges>()
        .RangeMap("le", "accepted margins, mm, per side", 0, 100, ["tren", "duoi", "trai", "phai"], (c, v) => c.Margins = v)
        .RangeMap("co_chu", "accepted sizes, pt, per element", MinSize, MaxSize, CheckedElements, (c, v) => c.Sizes = v)
        .RangeList("tieu_de", "accepted sizes of the tiêu đề lines, in order", MinSize, MaxSize, (c, v) => c.MottoSizes = v)
        .Range("thut_dau_dong_cm", "accepted first-line indent, cm", 0, 5, (c, v) => c.FirstLineIndentCm = v)
        .Range("gian_dong", "accepted line spacing, lines", 0.5, 3, (c, v) => c.LineSpacing = v)
        .Range("gian_dong_chinh_xac_pt", "accepted exact line spacing, points", 6, 72, (c, v) => c.ExactLineSpacingPt = v)
        .Number("cach_doan_toi_thieu_pt", "least space between paragraphs, points", 0, 72, (c, v) => c.MinParagraphSpacingPt = v)
        .TextList("danh_so_cho_phep", "numbering patterns also accepted", (c, v) => c.AcceptedNumbering = v,
            invalid: v => Document.SectionNumbering.IsValidPattern(v) ? null : UiLanguage.Format(ProfileMessages.NumberingPatternInvalid, v))
        .Range("cong_van_trich_yeu", "accepted size of a công văn's V/v line, pt", MinSize, MaxSize, (c, v) => c.LetterSubjectSize = v);

    static readonly KeyTable<FormatProfile> Profile = new KeyTable<FormatProfile>()
        .Text("ten", "the profile's name", (p, v) => p.Name = v)
        .Text("mo_ta", "what the profile is for", (p, v) => p.Description = v)
        .Map("trang", "page margins", Page, (p, v) => p.Page = v)
        .Text("phong_chu", "font", (p, v) => p.Font = v)
        .MapList("tieu_de", "Quốc hiệu and Tiêu ngữ lines", Line, (p, v) => p.Motto = v)
        .Map("co_quan_chu_quan", "parent organ's style", Text, (p, v) => p.ParentOrgan = v)
        .Map("co_quan_ban_hanh", "issuing organ's style", Text, (p, v) => p.IssuingOrgan = v)
        .Literal("duoi_co_quan", "under the issuing organ: gach (a line) or text such as *", (p, v) => p.UnderIssuer = v)
        .Map("so", "the number line", Number, (p, v) => p.Number = v)
        .Map("ngay", "the place-and-date line's style", DateLine, (p, v) => p.DateLine = v)
        .Map("ten_loai", "the document type's style", Text, (p, v) => p.DocumentType = v)
        .Map("trich_yeu", "the trích yếu's style", Text, (p, v) => p.Subject = v)
        .Literal("duoi_trich_yeu", "under the trích yếu: gach (a line) or text", (p, v) => p.UnderSubject = v)
        .Map("can_cu", "căn cứ lines' style", Text, (p, v) => p.Basis = v)
        .Map("than", "body text", Body, (p, v) => p.Body = v)
        .TextList("danh_so", "section number patterns per level (I., 1., 1.1., a))", (p, v) => p.Numbering = v, minItems: 1,
            invalid: v => Document.SectionNumbering.IsValidPattern(v) ? null : UiLanguage.Format(ProfileMessages.NumberingPatternInvalid, v))
        .MapList("muc", "heading styles per level", Text, (p, v) => p.Headings = v)
        .TextList("gach_dau_dong", "bullets per level (-, +)", (p, v) => p.Bullets = v, minItems: 1)
        .Literal("ket_thuc", "what ends the body (./.)", (p, v) => p.BodyEnd = v)
        .Map("noi_nhan", "Nơi nhận", Recipients, (p, v) => p.Recipients = v)
        .Map("chu_ky", "signature block", Signature, (p, v) => p.Signature = v)
        .Map("so_trang", "page number's style", Text, (p, v) => p.PageNumber = v)
        .Map("phu_luc", "annex", Annex, (p, v) => p.Annex = v)
        .Map("du_thao", "the draft mark above the header", Draft, (p, v) => p.Draft = v)
        .Map("dau_chi_dan", "the urgency and secrecy marks' style", Text, (p, v) => p.Stamp = v)
        .Map("kiem_tra", "checks that keep regimes from mixing", Checks, (p, v) => p.Checks = v)
        .Map("kiem_tra_van_ban", "what `reportgen check` accepts where the rule gives a range", DocumentCheck, (p, v) => p.DocumentCheck = v);

    /// <summary>The profile's keys, for documentation and schema generation.</summary>
    public static KeyTable Keys => Profile;
}
