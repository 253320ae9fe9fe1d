using System.Globalization;
using System.Text.RegularExpressions;
using ReportKit.Diagnostics;
using ReportKit.Model;
using ReportKit.Text;
using YamlDotNet.RepresentationModel;
using ReportKit.Localization;

namespace ReportKit.Load;

/// <summary>
/// Reads <c>phu_luc</c>: a mapping (the options of the target annex, as plans wrote it before
/// annexes were general) or a list of annexes, each a target annex (<c>loai: chi_tieu</c>) or a
/// table with its own columns and rows (docs/annexes.md). Relative workbook paths resolve against
/// the plan's folder; every problem is reported where it is written.
/// </summary>
static class AnnexSpecReader
{
    /// <summary>The plan's annexes, or null when it names none (a plan with targets then gets the default target annex).</summary>
    public static List<AnnexSpec>? Read(YamlNodeReader r, string planPath)
    {
        var node = r.Get("phu_luc");
        switch (node)
        {
            case null or YamlScalarNode { Value: null or "" }:
                return null;
            case YamlMappingNode map:
                // One annex written as a mapping: the target annex's options (as plans wrote them
                // before annexes were general), or a table when it says so or has rows.
                var m = r.Map("phu_luc")!;
                var single = One(m, map, planPath);
                m.Finish();
                return single is null ? [] : [single with { At = m.SpanOf(map) }];
            case YamlSequenceNode seq:
                var list = new List<AnnexSpec>();
                foreach (var item in seq.Children)
                {
                    if (item is not YamlMappingNode map)
                    {
                        r.Error(item, UiLanguage.Format(LoadMessages.AnnexNotAMapping, YamlNodeReader.Describe(item)));
                        continue;
                    }
                    var a = r.Child(map, "phu_luc[]");
                    var spec = One(a, map, planPath, tableByDefault: true);
                    a.Finish();
                    if (spec is not null) list.Add(spec with { At = a.SpanOf(map) });
                }
                return list;
            default:
                r.Error(node, UiLanguage.Format(LoadMessages.AnnexesNotAList, YamlNodeReader.Describe(node)));
                return null;
        }
    }

    static AnnexSpec? One(YamlNodeReader a, YamlMappingNode map, string planPath, bool tableByDefault = false)
    {
        var kind = a.String("loai");
        var keys = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).ToHashSet();
        var hasRows = keys.Contains("dong") || keys.Contains("du_lieu");
        // An item with text and no table of its own is a text annex.
        var textOnly = tableByDefault && keys.Contains("noi_dung") && !keys.Contains("cot") && !hasRows;
        return kind switch
        {
            "chi_tieu" or "chỉ tiêu" => TargetAnnex(a),
            "bang" or "bảng" => TableAnnex(a, planPath),
            "van_ban" or "văn bản" => TextAnnex(a),
            null when textOnly => TextAnnex(a),
            null => tableByDefault || hasRows ? TableAnnex(a, planPath) : TargetAnnex(a),
            _ => Unknown(a, kind),
        };
    }

    static AnnexSpec? Unknown(YamlNodeReader a, string kind)
    {
        a.Error(a.Get("loai")!, UiLanguage.Format(LoadMessages.AnnexKindUnknown, kind));
        return null;
    }

    static TextAnnexSpec TextAnnex(YamlNodeReader a)
    {
        var spec = Common(a, new TextAnnexSpec());
        if (spec.Content is null) a.Error(a.Get("loai") ?? a.Node, LoadMessages.TextAnnexWithoutText);
        return spec;
    }

    /// <summary>Title, orientation, reference line, notes and text size: what every annex may set.</summary>
    static T Common<T>(YamlNodeReader a, T spec) where T : AnnexSpec => spec with
    {
        Title = a.String("tieu_de"),
        Reference = a.String("kem_theo"),
        Content = a.Text("noi_dung") is { } text && text.Text.Trim().Length > 0 ? text : null,
        Orientation = Orientation(a),
        Notes = TextItems.Read(a, "ghi_chu", "phu_luc.ghi_chu"),
        FontSize = FontSize(a),
    };

    static PageOrientation? Orientation(YamlNodeReader a)
    {
        var node = a.Get("huong");
        var text = a.String("huong");
        switch (text is null ? null : VietnameseText.Slug(text))
        {
            case null: return null;
            case "ngang" or "landscape": return PageOrientation.Landscape;
            case "doc" or "portrait": return PageOrientation.Portrait;
            default:
                a.Error(node!, UiLanguage.Format(LoadMessages.OrientationUnknown, text));
                return null;
        }
    }

    static double? FontSize(YamlNodeReader a)
    {
        var node = a.Get("co_chu");
        var text = a.String("co_chu");
        if (text is null) return null;
        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var size) && size is >= 8 and <= 16)
            return size;
        a.Error(node!, UiLanguage.Format(LoadMessages.TextSizeOutOfRange, text));
        return null;
    }

    // ---- target annex ------------------------------------------------------------------------

    static TargetAnnexSpec TargetAnnex(YamlNodeReader m)
    {
        var layoutNode = m.Get("bo_cuc");
        var layoutText = m.String("bo_cuc");
        var layout = AnnexLayout.Auto;
        switch (layoutText)
        {
            case null or "auto" or "tu_dong": break;
            case "cot": layout = AnnexLayout.Columns; break;
            case "dong": layout = AnnexLayout.Rows; break;
            case "danh_sach": layout = AnnexLayout.List; break;
            default: m.Error(layoutNode!, UiLanguage.Format(LoadMessages.AnnexLayoutUnknown, layoutText)); break;
        }
        var subtotals = Bool(m, "cong_nhom");
        var draft = Bool(m, "du_thao");
        var totalNode = m.Get("dong_tong");
        var total = m.String("dong_tong");
        if (total is not null and not ("dau" or "cuoi"))
            m.Error(totalNode!, UiLanguage.Format(LoadMessages.TotalRowPositionUnknown, total));
        var columns = ListColumns(m);
        var options = new AnnexOptions
        {
            Layout = layout, Subtotals = subtotals, Draft = draft, TotalFirst = total == "dau",
            ListColumns = columns ?? AnnexOptions.DefaultListColumns,
        };
        if (columns is not null && layout != AnnexLayout.List)
            m.Error(m.Get("cot")!, LoadMessages.ColumnsOnlyInListLayout);
        return Common(m, new TargetAnnexSpec { Options = options });
    }

    static readonly Dictionary<string, TargetField> TargetFields = new()
    {
        ["stt"] = TargetField.RowNumber, ["noi_dung"] = TargetField.Content, ["don_vi_tinh"] = TargetField.Unit,
        ["chi_tieu"] = TargetField.Value, ["ket_qua_nam_truoc"] = TargetField.Previous, ["chu_tri"] = TargetField.Lead,
        ["phoi_hop"] = TargetField.Cooperating, ["thoi_han"] = TargetField.Deadline, ["ghi_chu"] = TargetField.Note,
        ["can_cu_de_xuat"] = TargetField.Basis,
    };

    static List<TargetField>? ListColumns(YamlNodeReader m)
    {
        if (m.Get("cot") is null) return null;
        var result = new List<TargetField>();
        var spans = m.SpansOf("cot");
        var names = m.StringList("cot");
        for (var i = 0; i < names.Count; i++)
        {
            if (TargetFields.TryGetValue(names[i], out var field)) result.Add(field);
            else
            {
                var message = KeySuggester.Closest(names[i], TargetFields.Keys) is { } s
                    ? UiLanguage.Format(LoadMessages.TargetFieldUnknownDidYouMean, names[i], s)
                    : UiLanguage.Format(LoadMessages.TargetFieldUnknown, names[i], string.Join(", ", TargetFields.Keys));
                var at = i < spans.Count ? spans[i] : null;
                m.Bag.Add(Diagnostic.Error(m.File, at?.Line ?? 0, at?.Column ?? 0, message));
            }
        }
        return result;
    }

    // ---- table annex -------------------------------------------------------------------------

    static TableAnnexSpec? TableAnnex(YamlNodeReader a, string planPath)
    {
        var common = Common(a, new TableAnnexSpec { Columns = [] });
        var columns = Columns(a);
        var totalNode = a.Get("dong_tong");
        var totalText = a.String("dong_tong");
        var total = false;
        var totalFirst = false;
        switch (totalText is null ? null : PlanPartReaders.Flag(totalText) is { } f ? (f ? "cuoi" : "khong") : totalText)
        {
            case null or "khong": break;
            case "cuoi": total = true; break;
            case "dau": total = totalFirst = true; break;
            default: a.Error(totalNode!, UiLanguage.Format(LoadMessages.AnnexTotalRowUnknown, totalText)); break;
        }
        var groupSums = Bool(a, "cong_nhom");
        var numbers = Bool(a, "so_cot");
        var rowsNode = a.Get("dong");
        var dataNode = a.Get("du_lieu");
        if (columns is null) return null;
        if (columns.Count == 0) { a.Error(a.Get("cot") ?? a.Node, UiLanguage.Format(LoadMessages.AnnexColumnsMissing)); return null; }
        if (total && !columns.Any(c => c.Sum))
            a.Error(totalNode!, LoadMessages.TotalRowWithoutSummedColumn);

        List<AnnexRowSpec> rows;
        string? source = null;
        if (rowsNode is not null && dataNode is not null)
        {
            a.Error(dataNode, LoadMessages.RowsAndDataBoth);
            rows = [];
        }
        else if (dataNode is not null)
        {
            (rows, source) = AnnexSheetReader.Read(a, dataNode, columns, planPath);
        }
        else rows = Rows(a, rowsNode, columns);

        return common with
        {
            Columns = columns, Rows = rows, Total = total, TotalFirst = totalFirst, GroupSums = groupSums,
            ColumnNumbers = numbers, DataSource = source,
        };
    }

    static List<AnnexColumnSpec>? Columns(YamlNodeReader a)
    {
        var seq = a.Sequence("cot", required: true);
        if (seq is null) return null;
        var list = new List<AnnexColumnSpec>();
        var ok = true;
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } plain })
            {
                list.Add(new AnnexColumnSpec { Title = VietnameseText.Nfc(plain) });
                continue;
            }
            if (item is not YamlMappingNode map)
            {
                a.Error(item, UiLanguage.Format(LoadMessages.AnnexColumnNotTitleOrMapping, YamlNodeReader.Describe(item)));
                ok = false;
                continue;
            }
            var c = a.Child(map, "cot[]");
            var title = c.String("ten", required: true);
            var key = c.String("ma");
            var width = Width(c);
            var kind = Kind(c);
            var align = Align(c) ?? (kind is AnnexColumnKind.Text ? CellAlign.Left : CellAlign.Center);
            var sum = Bool(c, "cong");
            var group = c.String("nhom");
            if (sum && kind is not (AnnexColumnKind.Number or AnnexColumnKind.Percent))
                c.Error(c.Get("cong")!, LoadMessages.SumOnlyNumberColumn);
            SplitDecimals(c, map);
            c.Finish();
            if (title is null) { ok = false; continue; }
            list.Add(new AnnexColumnSpec { Title = title, Key = key, Width = width, Align = align, Kind = kind, Sum = sum, Group = group });
        }
        var keys = list.Where(c => c.Key is not null).GroupBy(c => c.Key!).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var k in keys) a.Error(seq, UiLanguage.Format(LoadMessages.ColumnCodeTwice, k));
        return ok && keys.Count == 0 ? list : null;
    }

    static readonly Regex DecimalTail = new(@"^\d+\s*(cm|mm)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// "{ rong: 1,5cm }" is two entries to YAML (the comma ends the value): say so at the stray
    /// "5cm" rather than calling it an unknown key.
    /// </summary>
    static void SplitDecimals(YamlNodeReader c, YamlMappingNode map)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
            if (key.Value is { } k && DecimalTail.IsMatch(k) && map.Children[key] is YamlScalarNode { Value: null or "" })
            {
                c.Get(k);
                c.Error(key, UiLanguage.Format(LoadMessages.NumberCutAtComma, k));
            }
    }

    static ColumnWidth Width(YamlNodeReader c)
    {
        var node = c.Get("rong");
        var text = c.String("rong");
        if (text is null) return ColumnWidth.Relative(1);
        if (ColumnWidth.Parse(text) is { } w) return w;
        c.Error(node!, UiLanguage.Format(LoadMessages.ColumnWidthInvalid, text));
        return ColumnWidth.Relative(1);
    }

    static CellAlign? Align(YamlNodeReader c)
    {
        var node = c.Get("can");
        var text = c.String("can");
        if (text is null) return null;
        if (CellAligns.Parse(text) is { } a) return a;
        c.Error(node!, UiLanguage.Format(LoadMessages.ColumnAlignmentUnknown, text));
        return null;
    }

    static AnnexColumnKind Kind(YamlNodeReader c)
    {
        var node = c.Get("loai");
        var text = c.String("loai");
        switch (text is null ? null : VietnameseText.Slug(text).Replace('-', '_'))
        {
            case null or "chu" or "text": return AnnexColumnKind.Text;
            case "so" or "number": return AnnexColumnKind.Number;
            case "phan_tram" or "ty_le" or "percent": return AnnexColumnKind.Percent;
            case "stt" or "tt": return AnnexColumnKind.RowNumber;
            default:
                c.Error(node!, UiLanguage.Format(LoadMessages.ColumnKindUnknown, text));
                return AnnexColumnKind.Text;
        }
    }

    /// <summary>
    /// dong: each row a list of values (in column order, leaving out the STT column, or with it as
    /// typed), a mapping by column code, {nhom: ...} for a group row, {cong: ...} or {tong: ...}
    /// for a subtotal or total written by hand. A mapping with nhom and values starts that group
    /// when it changes, then is an item.
    /// </summary>
    static List<AnnexRowSpec> Rows(YamlNodeReader a, YamlNode? node, IReadOnlyList<AnnexColumnSpec> columns)
    {
        var rows = new List<AnnexRowSpec>();
        if (node is null || node is YamlScalarNode { Value: null or "" }) return rows;
        if (node is not YamlSequenceNode seq)
        {
            a.Error(node, UiLanguage.Format(LoadMessages.RowsNotAList, YamlNodeReader.Describe(node)));
            return rows;
        }
        var valueColumns = columns.Where(c => c.Kind != AnnexColumnKind.RowNumber).ToList();
        string? group = null;
        foreach (var item in seq.Children)
        {
            var at = a.SpanOf(item);
            switch (item)
            {
                case YamlSequenceNode list:
                {
                    var values = list.Children.ToList();
                    IReadOnlyList<AnnexColumnSpec> target = values.Count == columns.Count ? columns
                        : values.Count == valueColumns.Count ? valueColumns : [];
                    if (target.Count == 0)
                    {
                        var message = list.Style == YamlDotNet.Core.Events.SequenceStyle.Flow ? LoadMessages.RowValueCountMismatchFlow : LoadMessages.RowValueCountMismatch;
                        a.Error(list, UiLanguage.Format(message, values.Count, columns.Count, valueColumns.Count));
                        continue;
                    }
                    var cells = new TargetValue?[columns.Count];
                    for (var i = 0; i < target.Count; i++)
                    {
                        var col = columns.ToList().IndexOf(target[i]);
                        cells[col] = Cell(a, values[i], columns[col]);
                    }
                    rows.Add(new AnnexRowSpec(AnnexRowRole.Item, cells, At: at));
                    break;
                }
                case YamlMappingNode map:
                {
                    var r = a.Child(map, "dong[]");
                    var groupTitle = r.String("nhom");
                    var subtotal = r.String("cong");
                    var total = r.String("tong");
                    var cells = new TargetValue?[columns.Count];
                    var any = false;
                    for (var i = 0; i < columns.Count; i++)
                    {
                        if (columns[i].Key is not { } key || r.Get(key) is not { } v) continue;
                        cells[i] = Cell(r, v, columns[i]);
                        any = true;
                    }
                    r.Finish();
                    if (subtotal is not null || total is not null)
                    {
                        rows.Add(new AnnexRowSpec(total is not null ? AnnexRowRole.Total : AnnexRowRole.Subtotal, cells, total ?? subtotal, at));
                        continue;
                    }
                    if (groupTitle is not null && groupTitle != group)
                    {
                        group = groupTitle;
                        rows.Add(new AnnexRowSpec(AnnexRowRole.Group, new TargetValue?[columns.Count], groupTitle, at));
                    }
                    if (any) rows.Add(new AnnexRowSpec(AnnexRowRole.Item, cells, At: at));
                    else if (groupTitle is null)
                        a.Error(map, LoadMessages.RowNamesNoColumn);
                    break;
                }
                default:
                    a.Error(item, UiLanguage.Format(LoadMessages.RowNotListOrMapping, YamlNodeReader.Describe(item)));
                    break;
            }
        }
        return rows;
    }

    /// <summary>A cell as its column reads it: numbers in number columns (an empty cell or "-" stays as written), text elsewhere.</summary>
    static TargetValue? Cell(YamlNodeReader r, YamlNode node, AnnexColumnSpec column)
    {
        string? text = node switch
        {
            YamlScalarNode { Value: { } v } => VietnameseText.Nfc(v),
            YamlMappingNode map when TextItems.Recover(map) is { } recovered => Warned(r, map, recovered),
            _ => null,
        };
        if (text is null)
        {
            if (node is not YamlScalarNode) r.Error(node, UiLanguage.Format(LoadMessages.ColumnValueExpected, column.Title, YamlNodeReader.Describe(node)));
            return null;
        }
        return CellValue(text, column, message => r.Error(node, $"{column.Title}: {message}"));
    }

    static string Warned(YamlNodeReader r, YamlNode node, string text)
    {
        TextItems.Warn(r, node, "phu_luc[].dong", text);
        return text;
    }

    /// <summary>Text to a cell value: numbers parsed the Vietnamese way in number columns; text kept as written.</summary>
    public static TargetValue? CellValue(string text, AnnexColumnSpec column, Action<string> error)
    {
        if (text.Trim().Length == 0) return null;
        if (column.Kind is AnnexColumnKind.Text or AnnexColumnKind.RowNumber) return TargetValue.Of(text.Trim());
        var (value, problem) = TargetValueParser.Parse(text);
        if (problem is not null) { error(problem); return null; }
        if (value is null) return null;
        if (column.Kind == AnnexColumnKind.Percent) value = TargetValueParser.ForRule(value, Aggregation.Rate);
        if (column.Sum && value.Kind == TargetValueKind.Text && value.Text is not ("-" or "–"))
            error(UiLanguage.Format(LoadMessages.SummedColumnNotANumber, value.Text));
        return value;
    }

    static bool Bool(YamlNodeReader m, string key)
    {
        var node = m.Get(key);
        var text = m.String(key);
        if (text is null) return false;
        if (PlanPartReaders.Flag(text) is { } b) return b;
        m.Error(node!, UiLanguage.Format(LoadMessages.NotTrueOrFalse, key, text));
        return false;
    }
}
