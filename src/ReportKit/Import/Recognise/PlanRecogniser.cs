using System.Text.RegularExpressions;
using ReportKit.Profiles;
using ReportKit.Text;
using ReportKit.Localization;

namespace ReportKit.Import.Recognise;

/// <summary>
/// Finds every element of a plan in a <see cref="SourceDocument"/>, in the order NĐ 30 lays them
/// out: the header (everything above the type name), the type name, trích yếu, căn cứ, the
/// opening, the body, the closing, the end block (Nơi nhận and the signature, found by their
/// label and authority lines wherever they sit), and annexes after the signature. Layout is not
/// trusted — the same element can be a table cell, a text box or a line laid out with tabs — what
/// each line says is. Every input paragraph ends up with a role or in the report as not placed.
/// </summary>
internal static class PlanRecogniser
{
    /// <param name="profiles">Loads a profile by name (the recogniser needs the regime's forms: numbering, the Lưu line).</param>
    /// <param name="forcedProfile">A profile the user chose (--the-thuc); null to use what the header says.</param>
    public static Recognition Recognise(SourceDocument doc, Func<string, FormatProfile> profiles, string? forcedProfile = null)
    {
        var paras = doc.AllParagraphs().Where(p => p.Number > 0).ToList();
        var roles = new List<RoleLine>();
        var corrections = new List<string>();
        var guesses = new List<string>();
        var unsure = new Dictionary<string, string>();
        var allText = string.Join("\n", paras.Select(p => p.Text));
        var splitColumns = doc.Format == SourceFormat.Docx;

        // 1. The type name ends the header.
        // The type name is a line of its own in the body, never inside a table (a table lists types, it does not name one).
        var typeIndex = paras.FindIndex(p => p.Cell is null && DocLine.Of(p, false).Any(l => Patterns.TypeName(l.Text) is not null));
        var documentType = typeIndex >= 0 ? DocLine.Of(paras[typeIndex], false).Select(l => Patterns.TypeName(l.Text)).First(t => t is not null)! : "KẾ HOẠCH";
        var headerEnd = typeIndex >= 0 ? typeIndex : HeaderEndWithoutType(paras);
        var headerLines = paras.Take(headerEnd).SelectMany(p => DocLine.Of(p, splitColumns)).ToList();
        var header = HeaderReader.Read(headerLines, roles);
        if (typeIndex < 0 && header.SubjectVv is not null) documentType = "CÔNG VĂN";
        if (typeIndex >= 0) foreach (var l in DocLine.Of(paras[typeIndex], false)) roles.Add(new RoleLine(l, Role.DocumentType));

        // 2. Trích yếu (and the rule under it), căn cứ, the opening.
        var i = typeIndex >= 0 ? typeIndex + 1 : headerEnd;
        var subjectLines = new List<DocLine>();
        i = SkipBlank(paras, i);
        if (header.SubjectVv is null && i < paras.Count && !StartsBody(paras[i]))
        {
            var first = paras[i];
            if (first.Cell is { } cell && paras.Where(p => p.Cell?.Table == cell.Table).All(p => p.Cell == cell))
            {
                // A trích yếu framed in a 1×1 table.
                while (i < paras.Count && paras[i].Cell?.Table == cell.Table) subjectLines.AddRange(DocLine.Of(paras[i++], false).Where(l => !l.IsBlank));
            }
            else
            {
                subjectLines.AddRange(DocLine.Of(paras[i++], false).Where(l => !l.IsBlank));
                while (doc.Format == SourceFormat.Docx && !first.HasRule && i < paras.Count && !paras[i].IsBlank && !paras[i].HasRule
                       && paras[i].Alignment == Alignment.Center && first.Alignment == Alignment.Center
                       && DocLine.Of(paras[i], false).All(l => l.Bold == DocLine.Of(first, false).First().Bold) && !StartsBody(paras[i])
                       && !Patterns.IsTypedRule(paras[i].Text))
                    subjectLines.AddRange(DocLine.Of(paras[i++], false).Where(l => !l.IsBlank));
            }
        }
        foreach (var l in subjectLines) roles.Add(new RoleLine(l, Role.Subject));
        var subject = header.SubjectVv ?? Patterns.Squash(string.Join(" ", subjectLines.Select(l => l.Text)));
        // The rule or "-----" under it.
        while (i < paras.Count && (paras[i].IsBlank || Patterns.IsTypedRule(paras[i].Text)))
        {
            if (!paras[i].IsBlank || paras[i].HasRule) foreach (var l in DocLine.Of(paras[i], false)) roles.Add(new RoleLine(l, Role.UnderSubject));
            i++;
        }
        if (subjectLines.Count > 0 && subjectLines[^1].Para.HasRule) roles.Add(new RoleLine(subjectLines[^1], Role.UnderSubject));

        // Công văn: "Kính gửi: ..." before the body.
        var salutation = new List<SourceParagraph>();
        while (i < paras.Count && (paras[i].IsBlank || Regex.IsMatch(paras[i].Text.TrimStart(), @"^Kính gửi", RegexOptions.IgnoreCase) || salutation.Count > 0 && Patterns.StartsWithDash(paras[i].Text) && paras[i].Text.Length < 120))
        {
            if (!paras[i].IsBlank) { salutation.Add(paras[i]); foreach (var l in DocLine.Of(paras[i], false)) roles.Add(new RoleLine(l, Role.Salutation)); }
            i++;
        }

        var bases = new List<string>();
        while (i < paras.Count)
        {
            if (paras[i].IsBlank) { i++; continue; }
            var t = Patterns.Squash(paras[i].Text);
            if (!Regex.IsMatch(t, @"^(Căn cứ|Theo đề nghị)\b", RegexOptions.IgnoreCase) || t.EndsWith("như sau:") || t.EndsWith(':') || paras[i].ListLabel is not null) break;
            bases.Add(t.TrimEnd(';', '.', ',').TrimEnd());
            foreach (var l in DocLine.Of(paras[i], false)) roles.Add(new RoleLine(l, Role.Basis));
            i++;
        }

        var bodyStartNumber = i < paras.Count ? paras[i].Number : int.MaxValue;

        // 3. The end block: Nơi nhận and the signature; annexes after it.
        var endStart = FindEndStart(paras, i);
        var annexStart = endStart < paras.Count ? paras.FindIndex(endStart, p => Patterns.IsAnnexLabel(p.Text) && !InTableOf(paras, endStart, p)) : -1;
        if (annexStart < 0) annexStart = paras.Count;
        var endLines = paras.Skip(endStart).Take(annexStart - endStart).SelectMany(p => DocLine.Of(p, splitColumns)).ToList();
        var end = EndBlockReader.Read(endLines, roles);

        // 4. The opening: paragraphs before the first numbered or listed one, up to one that ends "như sau:".
        var bodyBlocks = TopLevel(doc, bodyStartNumber, endStart < paras.Count ? paras[endStart].Number : int.MaxValue, paras);
        var opening = new List<SourceParagraph>();
        foreach (var b in bodyBlocks)
        {
            if (b is not SourceParagraph p) break;
            if (p.IsBlank) continue;
            if (StartsBody(p) || opening.Count >= 4) { if (!opening.Any(o => EndsOpening(o.Text))) opening.Clear(); break; }
            opening.Add(p);
            if (EndsOpening(p.Text)) break;
        }
        if (opening.Count > 0 && !EndsOpening(opening[^1].Text)) opening.Clear();

        // 5. The profile: what the user said, else what the header shows, else the document's forms.
        var (detected, reason) = DetectProfile(header, end, allText);
        var profileName = forcedProfile ?? detected;
        var profile = profiles(profileName);

        // 6. Annexes after the signature (phu_luc): a target annex becomes the plan's targets; what is no annex is listed below.
        var annexBlocks = annexStart < paras.Count ? TopLevel(doc, paras[annexStart].Number, int.MaxValue, paras) : [];
        var annexes = AnnexReader.Read(annexBlocks, doc, roles, profile, corrections, out var targets);

        // 7. The body.
        // Footnotes are numbered across the opening, the body and the closing in reading order (an annex's text numbers its own).
        var footnoteNumbers = new Dictionary<int, int>();
        var preface = new System.Text.StringBuilder();
        // A footnote in the opening keeps it a paragraph of the body, where the reference can stay.
        var openingText = opening.Count == 1 && opening[0].Runs.All(r => r.FootnoteId is null) ? Patterns.Squash(opening[0].Text) : null;
        var structured = openingText is not null ? SplitOpening(openingText) : null;
        foreach (var p in opening) foreach (var l in DocLine.Of(p, false)) roles.Add(new RoleLine(l, Role.Opening));
        // The opening as written (mo_dau as text) when it is not the template's sentence; a công văn's Kính gửi starts the body.
        string? openingMarkup = null;
        if (structured is null && opening.Count > 0)
        {
            var reader = new BodyReader(doc, profile.Numbering, [], [], footnoteNumbers);
            openingMarkup = reader.Write(reader.Read(opening));
        }
        if (salutation.Count > 0)
        {
            var reader = new BodyReader(doc, profile.Numbering, [], [], footnoteNumbers);
            preface.Append(reader.Write(reader.Read(salutation))).Append('\n');
        }

        var body = new BodyReader(doc, profile.Numbering, corrections, roles, footnoteNumbers);
        var blocks = body.Read(bodyBlocks.Where(b => b is not SourceParagraph p || !opening.Contains(p)));
        var closingFrom = ClosingStart(blocks);
        // The template's sentence naming the annexes the text does not mention is the template's, not the plan's.
        if (AnnexSentenceAt(blocks, closingFrom, documentType, annexes, profile, openingMarkup) is { } sentence)
        {
            var (at, titles) = sentence;
            foreach (var p in blocks[at].Paras) foreach (var l in DocLine.Of(p, false)) roles.Add(new RoleLine(l, Role.BodyText));
            blocks.RemoveAt(at);
            if (at < closingFrom) closingFrom--;
            annexes = annexes.Select((a, k) => a with { Title = titles[k].Length > 0 ? titles[k] : a.Title }).ToList();
        }
        // A title the heading has only in capitals takes its case from where the text writes it.
        annexes = annexes.Select(a => a.Title is { } t ? a with { Title = CaseFromText(t, allText, null) } : a).ToList();
        var bodyMarkup = preface + body.Write(blocks.Take(closingFrom).ToList());
        var closingBlocks = blocks.Skip(closingFrom).ToList();
        string? closing = null;
        if (closingBlocks.Count > 0)
        {
            var closingReader = new BodyReader(doc, profile.Numbering, [], [], footnoteNumbers);
            closing = StripEndMark(closingReader.Write(closingReader.Read(closingBlocks.SelectMany(b => b.Paras))));
            foreach (var b in closingBlocks) foreach (var p in b.Paras) foreach (var l in DocLine.Of(p, false)) roles.Add(new RoleLine(l, Role.Closing));
        }
        bodyMarkup = StripEndMark(bodyMarkup) ?? "";
        if (bodyMarkup.Trim().Length == 0)
        {
            // A plan file needs a body: a document that is only a closing paragraph keeps it there.
            if (closing is not null) { bodyMarkup = closing; closing = null; }
            else
            {
                bodyMarkup = "Nội dung\n";
                Guess("noi_dung", ImportMessages.GuessNoBody);
            }
        }
        var footnotes = body.Footnotes();
        if (footnotes.Length > 0) bodyMarkup = bodyMarkup.TrimEnd('\n') + "\n\n" + footnotes;

        // 8. Values, filled from the document's own text where the header lost them.
        string? Lines(List<DocLine> lines) => lines.Count == 0 ? null
            : string.Join("\n", lines.Select(l => CaseFromText(Patterns.Squash(l.Text), allText, doc.Author)).Where(t => t.Length > 0));
        string? parent = Lines(header.ParentLines);
        string issuer = Lines(header.IssuerLines) ?? "";
        string? fullName = null;
        var jointOrgans = header.Organs.Skip(1).Select(o => new ImportedOrgan(Lines(o.Parent), Lines(o.Issuer) ?? "")).ToList();
        if (issuer.Length == 0)
        {
            var found = Inference.OrganFromClosing(closing) ?? Inference.ActorFromOpening(openingText ?? opening.Select(o => o.Text).FirstOrDefault());
            if (found is not null)
            {
                var (iss, par) = Inference.SplitOrgan(found);
                issuer = iss;
                parent = par is null ? null : Inference.CompleteParent(par, allText);
                Guess("co_quan", UiLanguage.Format(ImportMessages.GuessOrganFromText, found));
            }
            else
            {
                issuer = "Ban Thường vụ";
                Guess("co_quan", ImportMessages.GuessNoOrgan);
            }
        }
        else if (doc.Author is { } author && LooksLikeOrgan(author)
                 && !Patterns.SameText(author, OneLine(parent is null ? issuer : $"{issuer} {parent}")))
            // The document's author property names the organ in full when it is an organ's name (ReportKit writes it so).
            fullName = author;

        var (number, symbol) = (header.Number?.Number, header.Number?.Symbol ?? "");
        if (symbol.Length == 0)
        {
            var sep = profile.Number.Pattern.Contains("-{ky_hieu}") ? "/" : "-";
            symbol = Inference.TypeAbbreviation(documentType) + sep + Inference.Initials(issuer.Length > 0 ? issuer : parent ?? "");
            if (profile.Checks.SymbolPattern is { } sp && !Regex.IsMatch(symbol, sp)) symbol = Inference.TypeAbbreviation(documentType) + (sep == "-" ? "/" : "-") + Inference.Initials(issuer);
            Guess("ky_hieu", UiLanguage.Format(ImportMessages.GuessSymbolNoNumberLine, symbol));
        }
        else if (header.NumberLine is { } nl)
        {
            var fitted = FitSymbol(symbol, profile);
            if (fitted != symbol)
            {
                if (fitted is null)
                {
                    fitted = Inference.TypeAbbreviation(documentType) + (profile.Number.Pattern.Contains("-{ky_hieu}") ? "/" : "-") + Inference.Initials(issuer);
                    Guess("ky_hieu", UiLanguage.Format(ImportMessages.GuessSymbolUnfit, symbol, fitted));
                }
                else corrections.Add(UiLanguage.Format(ImportMessages.SymbolRewritten, nl.Para.Where, symbol, fitted, profile.Name));
                symbol = fitted;
            }
            var printed = profile.Number.Line(number, symbol);
            if (number is not null && Patterns.Squash(nl.Text) != printed)
                corrections.Add(UiLanguage.Format(ImportMessages.LinePrintedAs, nl.Para.Where, Patterns.Squash(nl.Text), printed));
        }

        var place = header.Date?.Place ?? "";
        DateOnly? date = null;
        int? year = header.Date?.Year;
        if (header.Date is { Day: { } d, Month: { } m, Year: { } y } && d is >= 1 and <= 31 && m is >= 1 and <= 12 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new DateOnly(y, m, d);
            var printed = $"{place}, {Nd30Date.Format(date.Value)}";
            if (header.DateLine is { } dl && Patterns.Squash(dl.Text) != printed)
                corrections.Add(UiLanguage.Format(ImportMessages.LinePrintedAs, dl.Para.Where, Patterns.Squash(dl.Text), printed));
        }
        if (place.Length == 0)
        {
            place = Inference.PlaceOf(parent) ?? Inference.PlaceOf(issuer) ?? Inference.MostFrequentPlace(allText, "tỉnh") ?? Inference.MostFrequentPlace(allText, "Tỉnh ủy")
                ?? Inference.MostFrequentPlace(allText, "thành phố") ?? Inference.MostFrequentPlace(allText, "Thành ủy") ?? Inference.MostFrequentPlace(allText, "huyện") ?? "";
            Guess("dia_danh", place.Length > 0 ? UiLanguage.Format(ImportMessages.GuessPlaceFromOrgan, place) : ImportMessages.GuessNoPlace);
            if (place.Length == 0) place = "Địa danh";
        }
        if (date is null && year is null)
        {
            year = Inference.LatestYear(allText);
            if (year is not null) Guess("nam", UiLanguage.Format(ImportMessages.GuessYear, year));
        }
        if (subject.Length == 0)
        {
            subject = "Trích yếu";
            Guess("trich_yeu", ImportMessages.GuessNoSubject);
        }

        // Nơi nhận, Lưu, the signature.
        var (archive, archiveLine) = ArchiveValue(end, profile, corrections);
        // The lead organ signs on the right: the last signature block; the others are co-signers, in organ order.
        var signatureBlocks = end.Signatures.Where(b => b.Name is not null || b.Authority.Count > 0 || b.Position is not null).ToList();
        var leadSignature = signatureBlocks.LastOrDefault() ?? new SignatureInfo();
        ImportedSigner Signer(SignatureInfo b) => new(
            b.Authority.Select(l => OwnPrefix(l.Squashed, l.Para.Where, profile, corrections)).ToList(),
            b.Position?.Squashed, b.Name?.Squashed.Trim('*').Trim() ?? "", b.OtherPosition?.Squashed);
        var signer = Signer(leadSignature);
        if (signer.Position is null && signer.Authority.Count == 0)
        {
            signer = signer with { Position = "CHỨC VỤ" };
            Guess("nguoi_ky.chuc_vu", ImportMessages.GuessNoPosition);
        }
        if (signer.Name.Length == 0)
        {
            signer = signer with { Name = "Họ và tên" };
            Guess("nguoi_ky.ho_ten", ImportMessages.GuessNoSignerName);
        }
        var coSigners = signatureBlocks.Take(signatureBlocks.Count - 1).Reverse().Select(Signer).ToList();


        var notPlaced = NotPlaced(paras, roles, annexStart);

        var plan = new ImportedPlan
        {
            Profile = profileName,
            Parent = parent,
            Issuer = issuer,
            FullName = fullName,
            JointOrgans = jointOrgans,
            DraftMark = header.Draft ? (Patterns.SameText(header.DraftText ?? "", profile.Draft.Text) ? "" : header.DraftText) : null,
            Urgency = header.Urgency,
            Secrecy = header.Secrecy,
            Number = number,
            Symbol = symbol,
            Place = place,
            Date = date,
            Year = date is null ? year : null,
            DocumentType = documentType,
            Subject = subject,
            Bases = bases,
            Opening = structured,
            OpeningText = openingMarkup,
            Body = bodyMarkup.TrimEnd('\n') + "\n",
            Closing = closing ?? "",
            Recipients = end.Recipients.Select(r => (r.Name, r.Note)).ToList(),
            Archive = archive,
            ArchiveLine = archiveLine,
            Authority = signer.Authority,
            Position = signer.Position,
            SignerName = signer.Name,
            OtherPosition = signer.OtherPosition,
            CoSigners = coSigners,
            Annexes = annexes,
            Targets = targets,
            Numbering = body.Numbering,
            Unsure = unsure,
        };
        if (forcedProfile is not null && forcedProfile != detected)
            corrections.Add(UiLanguage.Format(ImportMessages.ProfileForced, detected, reason, forcedProfile));

        return new Recognition
        {
            Source = doc,
            Plan = plan,
            Report = new ImportReport { ReaderNotes = doc.ReaderNotes, Corrections = corrections, NotPlaced = notPlaced, Guesses = guesses },
            Lines = roles,
            DocumentType = documentType,
            DetectedProfile = detected,
            Evidence = reason,
            NumberingFixes = body.NumberingFixes,
        };

        void Guess(string key, string why)
        {
            unsure[key] = why;
            guesses.Add($"{key}: {why}");
        }
    }

    static readonly Regex LoaderSymbol = new(@"^[A-ZĐ][A-Za-zĐđ0-9]*([-/][A-ZĐ0-9][A-Za-zĐđ0-9]*)+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The symbol in a form the plan file and the profile accept: as found; without a year in front
    /// ("2020/NĐ-CP"); or with the other regime's separator ("KH/TU" ↔ "KH-TU"). Null when none fits.
    /// </summary>
    static string? FitSymbol(string symbol, FormatProfile profile)
    {
        bool Fits(string s) => LoaderSymbol.IsMatch(s) && (profile.Checks.SymbolPattern is not { } p || Regex.IsMatch(s, p, RegexOptions.CultureInvariant));
        var candidates = new List<string> { symbol, Regex.Replace(symbol, @"^\d{4}/", "") };
        foreach (var c in candidates.ToList())
        {
            var i = c.IndexOfAny(['-', '/']);
            if (i > 0) candidates.Add(c[..i] + (c[i] == '-' ? '/' : '-') + c[(i + 1)..]);
        }
        return candidates.FirstOrDefault(Fits);
    }

    /// <summary>An authority line in the profile's own spelling of its prefix ("TM." ↔ "T/M"), the change reported.</summary>
    static string OwnPrefix(string line, string where, FormatProfile profile, List<string> corrections)
    {
        var forbidden = profile.Checks.ForbiddenPrefixes.FirstOrDefault(f => line.StartsWith(f + " ", StringComparison.Ordinal) || line == f);
        if (forbidden is null) return line;
        static string Letters(string s) => new(s.Where(char.IsLetter).ToArray());
        var own = profile.Signature.Prefixes.FirstOrDefault(p => Letters(p) == Letters(forbidden));
        if (own is null) return line;
        var fixedLine = own + line[forbidden.Length..];
        corrections.Add(UiLanguage.Format(ImportMessages.AuthorityRewritten, where, line, fixedLine, profile.Name));
        return fixedLine;
    }

    static string OneLine(string s) => string.Join(' ', s.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    static bool LooksLikeOrgan(string name) =>
        Regex.IsMatch(name, @"^(Ban|Hội|Đảng|Đoàn|Ủy ban|UBND|Tỉnh|Huyện|Thành|Quận|Xã|Phường|Sở|Phòng|Văn phòng|Chi bộ|Mặt trận|Thường trực|BCH|Liên đoàn|Công đoàn)\b", RegexOptions.IgnoreCase);

    static string Join(List<DocLine> lines) => Patterns.Squash(string.Join(" ", lines.Select(l => l.Text)));

    /// <summary>Without a type name, the header is the leading lines that look like header lines.</summary>
    static int HeaderEndWithoutType(List<SourceParagraph> paras)
    {
        var i = 0;
        var firstTable = paras.FirstOrDefault()?.Cell?.Table;
        while (i < paras.Count)
        {
            var p = paras[i];
            if (firstTable is not null && p.Cell?.Table == firstTable) { i++; continue; }
            var t = Patterns.Squash(p.Text);
            if (t.Length == 0 || Patterns.MottoOf(t) != Patterns.Motto.None || Patterns.IsTypedRule(t) || Patterns.Number(t) is not null
                || Patterns.Date(t) is not null || t.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) || Patterns.IsUpper(t) && t.Length < 80)
            { i++; continue; }
            break;
        }
        return i;
    }

    static int SkipBlank(List<SourceParagraph> paras, int i)
    {
        while (i < paras.Count && paras[i].IsBlank) i++;
        return i;
    }

    /// <summary>A paragraph that already belongs to the body: numbered, listed, or a dash item.</summary>
    static bool StartsBody(SourceParagraph p)
    {
        if (p.ListLabel is not null) return true;
        var t = p.Text.TrimStart();
        var m = Marker.Parse(t, out _);
        return m is not null && (m.Kind != MarkerKind.Roman || t.Length > 3);
    }

    static bool EndsOpening(string text)
    {
        var t = Patterns.Squash(text);
        return t.EndsWith("như sau:", StringComparison.OrdinalIgnoreCase) || t.EndsWith("như sau :", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(':') && Regex.IsMatch(t, @"\b(xây dựng|ban hành)\b.*\b[Kk]ế hoạch\b");
    }

    /// <summary>The first paragraph of the end block: the Nơi nhận label or the first authority line, widened to the whole layout table holding it.</summary>
    static int FindEndStart(List<SourceParagraph> paras, int from)
    {
        var label = paras.FindIndex(from, p => DocLine.Of(p, true).Any(l => Patterns.RecipientsLabel(l.Text) is not null));
        var authority = paras.FindIndex(from, p => p.Alignment != Alignment.Justify && DocLine.Of(p, true).Any(l => Patterns.AuthorityPrefix(l.Text) is not null && l.Text.Length < 80));
        var candidates = new[] { label, authority }.Where(x => x >= 0).ToList();
        if (candidates.Count == 0) return paras.Count;
        var start = candidates.Min();
        if (paras[start].Cell is { } cell)
            start = paras.FindIndex(p => p.Cell?.Table == cell.Table);
        return start;
    }

    static bool InTableOf(List<SourceParagraph> paras, int endStart, SourceParagraph p) =>
        paras[endStart].Cell is { } c && p.Cell?.Table == c.Table;

    /// <summary>Top-level blocks (paragraphs, text boxes, tables) whose paragraphs fall in [from, to).</summary>
    static List<SourceBlock> TopLevel(SourceDocument doc, int from, int to, List<SourceParagraph> paras)
    {
        var result = new List<SourceBlock>();
        foreach (var b in doc.Blocks)
        {
            if (b is SourceParagraph p)
            {
                if (p.Number >= from && p.Number < to) result.Add(p);
            }
            else if (b is SourceTable t)
            {
                var ps = t.Paragraphs().ToList();
                if (ps.Count > 0 && ps[0].Number >= from && ps[^1].Number < to) result.Add(t);
            }
        }
        return result;
    }

    /// <summary>
    /// Where the template's annex sentence is — the paragraph before the closing, or the closing
    /// itself in a plan without one — with the annexes' titles as it writes them; null when it is not there.
    /// </summary>
    static (int At, string[] Titles)? AnnexSentenceAt(List<BodyBlock> blocks, int closingFrom, string documentType, IReadOnlyList<ImportedAnnex> annexes,
        FormatProfile profile, string? opening)
    {
        var at = closingFrom > 0 && blocks[closingFrom - 1].Kind == BlockKind.Plain ? closingFrom - 1
            : closingFrom == blocks.Count - 1 && blocks[^1].Kind == BlockKind.Plain ? closingFrom : -1;
        if (at < 0 || annexes.Count == 0) return null;
        static string Plain(BodyBlock b) => b.Table is { } t ? string.Join("\n", t.Paragraphs().Select(p => p.Text)) : b.Text;
        var sentence = Patterns.Squash(blocks[at].Text);
        if (sentence.EndsWith("./.")) sentence = sentence[..^2];
        var body = string.Join("\n", blocks.Take(Math.Min(closingFrom, blocks.Count)).Where((_, k) => k != at).Select(Plain));
        var closing = string.Join("\n", blocks.Skip(closingFrom).Where((_, k) => k + closingFrom != at).Select(Plain));
        return AnnexSentence.Match(sentence, documentType, annexes, profile.Annex, body, closing, opening) is { } titles ? (at, titles) : null;
    }

    /// <summary>The closing starts at "Trên đây …" after the last section, else it is the last paragraph.</summary>
    static int ClosingStart(List<BodyBlock> blocks)
    {
        if (blocks.Count == 0) return 0;
        var lastSection = blocks.FindLastIndex(b => b.Kind is BlockKind.Heading);
        var above = blocks.FindIndex(Math.Max(0, lastSection), b => b.Kind == BlockKind.Plain && Regex.IsMatch(b.Text.TrimStart(), @"^Trên đây\b", RegexOptions.IgnoreCase));
        if (above >= 0) return above;
        return blocks[^1].Kind is BlockKind.Table || blocks[^1].Marker is { IsSection: true } ? blocks.Count : blocks.Count - 1;
    }

    internal static string? StripEndMark(string? markup)
    {
        if (markup is null) return null;
        var t = markup.TrimEnd();
        if (t.EndsWith("./.")) t = t[..^3];
        else if (t.EndsWith("/.")) t = t[..^2];
        else return t.Length == 0 ? null : t + "\n";
        // The mark took the sentence's full stop; a sentence ending "!" or "?" had none.
        if (t.Length > 0 && t[^1] is not ('!' or '?' or '…')) t += ".";
        return t.Length == 0 ? null : t + "\n";
    }

    /// <summary>
    /// "Thực hiện …, Ban Thường vụ … xây dựng Kế hoạch … như sau:" in the plan file's parts; null
    /// when the sentence is worded otherwise (it then stays a paragraph of the body, word for word).
    /// </summary>
    /// <summary>The verbs and sentence ends of the template's opening (mo_dau.dong_tu, mo_dau.cuoi_cau), the defaults first.</summary>
    static readonly string[] OpeningVerbs = ["xây dựng", "thống nhất ban hành", "ban hành", "thống nhất xây dựng", "phối hợp xây dựng"];
    static readonly string[] OpeningTails = ["như sau:", "cụ thể như sau:", "với những nội dung sau:", "với các nội dung sau:", "với những nội dung cụ thể như sau:", "với các nội dung cụ thể như sau:"];

    static ImportedOpening? SplitOpening(string text)
    {
        if (Regex.IsMatch(text, @"[*_`\[<\\]|\{\{")) return null;
        // The longest tail that ends the sentence, the verb nearest before it.
        var tail = OpeningTails.Where(t => text.EndsWith(" " + t, StringComparison.Ordinal)).OrderByDescending(t => t.Length).FirstOrDefault();
        if (tail is null) return null;
        var head = text[..^(tail.Length + 1)];
        var (verb, at) = OpeningVerbs.Select(v => (v, i: head.LastIndexOf(" " + v + " ", StringComparison.Ordinal)))
            .Where(x => x.i >= 0).OrderByDescending(x => x.i + x.v.Length).ThenByDescending(x => x.v.Length).FirstOrDefault();
        if (verb is null) return null;
        var before = head[..at];
        var sepAt = Math.Max(before.LastIndexOf(", ", StringComparison.Ordinal), before.LastIndexOf("; ", StringComparison.Ordinal));
        if (sepAt <= 0) return null;
        var citations = before[..sepAt];
        var separator = before[sepAt].ToString();
        var actor = before[(sepAt + 2)..];
        var builds = head[(at + verb.Length + 2)..];
        if (actor.Length == 0 || builds.Length == 0) return null;
        var items = Regex.Split(citations, @"; (?=(thực hiện|căn cứ|theo|triển khai)\b)", RegexOptions.IgnoreCase)
            .Where((_, k) => k % 2 == 0).ToList();
        var opening = new ImportedOpening(items, separator, actor, builds) { Verb = verb, Tail = tail };
        var rebuilt = $"{string.Join("; ", opening.Citations)}{opening.Separator} {opening.Actor} {verb} {opening.Builds} {tail}";
        return rebuilt == text ? opening : opening with { Citations = [citations] };
    }

    /// <summary>The regime: the header's tiêu đề decides; without one, the document's forms.</summary>
    static (string Profile, RegimeEvidence Why) DetectProfile(HeaderInfo header, EndBlockInfo end, string allText)
    {
        if (header.Mottos.Contains(Patterns.Motto.Party)) return ("dang", new(Evidence.PartyHeading));
        if (header.Mottos.Contains(Patterns.Motto.Union)) return ("doan", new(Evidence.UnionHeading));
        var organs = string.Join(" ", header.ParentLines.Concat(header.IssuerLines).Select(l => l.Text));
        var authority = end.Signatures.SelectMany(sig => sig.Authority).Select(l => Patterns.AuthorityPrefix(l.Text)).FirstOrDefault(a => a is not null);
        if (header.Mottos.Contains(Patterns.Motto.Nation))
            return Inference.RegimeFromForms(null, null, organs) is ("nha-nuoc", _) ? ("nha-nuoc", new(Evidence.StateBody)) : ("hoi", new(Evidence.MassOrganisation));
        if (organs.Length == 0)
        {
            var actor = Inference.ActorFromOpening(allText.Split('\n').FirstOrDefault(l => l.TrimEnd().EndsWith("như sau:")));
            organs = actor ?? "";
        }
        return Inference.RegimeFromForms(authority, header.Number, organs) ?? ("hoi", new(Evidence.Nothing));
    }

    /// <summary>
    /// The plan's luu from the Lưu line, read through the profile's own pattern ("Lưu: VT, {luu}.");
    /// a line the profile writes otherwise is reported as corrected.
    /// </summary>
    static (string? Luu, string? AsWritten) ArchiveValue(EndBlockInfo end, FormatProfile profile, List<string> corrections)
    {
        if (end.Archive is not { } line) return (null, null);
        var rs = profile.Recipients;
        var text = Patterns.Squash(line).TrimEnd('.', ';', ',').Trim();
        var pattern = "^" + Regex.Escape(rs.ArchiveLine.TrimEnd('.')).Replace(@"\{luu}", "(?<luu>.+)").Replace(":", @"\s*:?").Replace(@"\ ", @"\s*") + "$";
        var exact = "^" + Regex.Escape(rs.ArchiveLine.TrimEnd('.')).Replace(@"\{luu}", "(?<luu>.+)") + "$";
        var isDefault = Regex.IsMatch(text, "^" + Regex.Escape(rs.DefaultArchiveLine.TrimEnd('.')) + "$");
        if (isDefault) return (null, null);
        var m = Regex.Match(text, exact);
        if (m.Success) return (m.Groups["luu"].Value.Trim(), null);
        // Written another way ("Lưu: MTTQ.", "Lưu VT."): kept as written, word for word; the profile's form is reported.
        var printed = Patterns.Squash(line);
        if (!printed.EndsWith('.')) printed = printed.TrimEnd(';', ',') + ".";
        var form = rs.LinePrefix + rs.ArchiveLine;
        if (end.ArchiveLine is { } al)
            corrections.Add(UiLanguage.Format(ImportMessages.ArchiveLineKept, al.Para.Where, Patterns.Squash(al.Text), profile.Name, form));
        return (null, printed);
    }

    /// <summary>The organ's name as the document writes it in running text (or its author property), else as the header prints it.</summary>
    static string CaseFromText(string upper, string allText, string? author)
    {
        if (!Patterns.IsUpper(upper)) return upper;
        var words = Patterns.Squash(upper).Split(' ').Select(Regex.Escape);
        var pattern = @"(?<![\p{L}])" + string.Join(@"\s+", words) + @"(?![\p{L}])";
        foreach (var source in new[] { author, allText })
        {
            if (source is null) continue;
            foreach (Match m in Regex.Matches(source, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                if (!Patterns.IsUpper(m.Value)) return Patterns.Squash(m.Value);
        }
        return upper;
    }

    /// <summary>Every paragraph with words that no role covers, named by where it is.</summary>
    static List<string> NotPlaced(List<SourceParagraph> paras, List<RoleLine> roles, int annexStart)
    {
        var covered = new HashSet<SourceParagraph>(roles.Select(r => r.Line.Para), ReferenceEqualityComparer.Instance);
        var result = new List<string>();
        for (var k = 0; k < paras.Count; k++)
        {
            var p = paras[k];
            if (p.IsBlank || k >= annexStart || covered.Contains(p) && !PartlyCovered(p, roles)) continue;
            var text = Patterns.Squash(p.DisplayText);
            if (text.Length == 0) continue;
            result.Add(UiLanguage.Format(ImportMessages.NotPlaced, p.Where, Short(text)));
        }
        foreach (var r in roles.Where(r => r.Role is Role.SignatureNote))
            result.Add(UiLanguage.Format(ImportMessages.NotPlacedSignatureNote, r.Line.Para.Where, Short(r.Line.Squashed)));
        // What is left after the signature that is no annex: one line per paragraph, one per table.
        foreach (var group in paras.Skip(annexStart).Where(p => !p.IsBlank && !covered.Contains(p) && Patterns.Squash(p.DisplayText).Length > 0)
                     .GroupBy(p => p.Cell is { } c ? $"table {c.Table}" : p.Where))
        {
            var first = group.First();
            var what = first.Cell is { } cell
                ? UiLanguage.Format(ImportMessages.NotPlacedTable, cell.Table, group.Select(p => p.Cell!.Value.Row).Distinct().Count(), Short(Patterns.Squash(first.DisplayText)))
                : UiLanguage.Format(ImportMessages.NotPlacedParagraph, first.Where, Short(Patterns.Squash(first.DisplayText)));
            result.Add(UiLanguage.Format(ImportMessages.NotPlacedAfterSignature, what));
        }
        return result;
    }

    static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>A paragraph split into lines or columns of which some have no role (a stray word beside the header).</summary>
    static bool PartlyCovered(SourceParagraph p, List<RoleLine> roles)
    {
        var lines = DocLine.Of(p, p.Cell is null).Where(l => !l.IsBlank).Select(l => l.Squashed).ToList();
        var roleTexts = roles.Where(r => ReferenceEquals(r.Line.Para, p)).Select(r => r.Line.Squashed).ToHashSet();
        if (roles.Any(r => ReferenceEquals(r.Line.Para, p) && r.Role is Role.BodyText or Role.Item or Role.Heading or Role.Dash or Role.Closing or Role.Opening or Role.BodyTable or Role.Subject or Role.Basis or Role.Salutation))
            return false;
        return lines.Any(l => !roleTexts.Contains(l));
    }
}
