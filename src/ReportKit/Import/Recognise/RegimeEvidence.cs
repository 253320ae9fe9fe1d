using System.Globalization;
using ReportKit.Localization;

namespace ReportKit.Import.Recognise;

internal enum Evidence { PartyHeading, UnionHeading, StateBody, MassOrganisation, PartyAuthority, PartyNumber, UnionOrgan, PartyOrgan, StateOrgan, MassOrgan, Nothing, Chosen }

/// <summary>Why a document is taken to follow a regime (its profile), in words for the user, in both languages in one place.</summary>
internal sealed record RegimeEvidence(Evidence Kind, string Detail = "")
{
    /// <summary>The reason in Vietnamese or in English, whatever the language of messages.</summary>
    public string Text(bool vietnamese) => Text(vietnamese ? UiLanguage.Vietnamese : UiLanguage.English);

    /// <summary>The reason in the language of messages.</summary>
    public override string ToString() => Text(CultureInfo.CurrentUICulture);

    /// <summary>The words are ImportMessages' Evidence… resources, Vietnamese and English.</summary>
    string Text(CultureInfo culture)
    {
        var key = Kind switch
        {
            Evidence.PartyHeading => nameof(ImportMessages.EvidencePartyHeading),
            Evidence.UnionHeading => nameof(ImportMessages.EvidenceUnionHeading),
            Evidence.StateBody => nameof(ImportMessages.EvidenceStateBody),
            Evidence.MassOrganisation => nameof(ImportMessages.EvidenceMassOrganisation),
            Evidence.PartyAuthority => nameof(ImportMessages.EvidencePartyAuthority),
            Evidence.PartyNumber => nameof(ImportMessages.EvidencePartyNumber),
            Evidence.UnionOrgan => nameof(ImportMessages.EvidenceUnionOrgan),
            Evidence.PartyOrgan => nameof(ImportMessages.EvidencePartyOrgan),
            Evidence.StateOrgan => nameof(ImportMessages.EvidenceStateOrgan),
            Evidence.MassOrgan => nameof(ImportMessages.EvidenceMassOrgan),
            Evidence.Chosen => nameof(ImportMessages.EvidenceChosen),
            _ => nameof(ImportMessages.EvidenceNothing),
        };
        return UiLanguage.Format(ImportMessages.ResourceManager.GetString(key, culture)!, Detail);
    }
}
