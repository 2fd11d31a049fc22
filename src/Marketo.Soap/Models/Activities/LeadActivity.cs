namespace Marketo.Soap.Models;

/// <summary>One activity in a lead's history, as <c>getLeadActivity</c> returns it (<c>ActivityRecord</c> on the wire).</summary>
/// <remarks>Build one for a test with <see cref="MarketoSoapModelFactory.LeadActivity"/>.</remarks>
public sealed record LeadActivity
{
    internal LeadActivity(long id, DateTimeOffset activityDateTime, string activityName, string? assetName, IReadOnlyList<ActivityAttribute> attributes, string? campaign, string? personName, string personId, string? foreignSysId, string? orgName, string? foreignSysOrgId)
    {
        Id = id;
        ActivityDateTime = activityDateTime;
        ActivityName = activityName;
        AssetName = assetName;
        Attributes = attributes;
        Campaign = campaign;
        PersonName = personName;
        PersonId = personId;
        ForeignSysId = foreignSysId;
        OrgName = orgName;
        ForeignSysOrgId = foreignSysOrgId;
    }

    /// <summary>Marketo's id of the activity.</summary>
    /// <remarks>A 32-bit number in mktows 2_3; wider here because later versions of the API widened it.</remarks>
    public long Id { get; }

    /// <summary>When the activity happened, in UTC (<c>activityDateTime</c>).</summary>
    public DateTimeOffset ActivityDateTime { get; }

    /// <summary>The activity's display name (<c>activityType</c> on the wire), for example <c>Visit Webpage</c>; see <see cref="ActivityNames"/>.</summary>
    public string ActivityName { get; }

    /// <summary>The marketing asset involved (<c>mktgAssetName</c>), for example a page or form name; <see langword="null"/> when there is none.</summary>
    public string? AssetName { get; }

    /// <summary>The activity's details in Marketo's order, for example <c>Webpage URL</c> and <c>Referrer URL</c> of a web visit.</summary>
    public IReadOnlyList<ActivityAttribute> Attributes { get; }

    /// <summary>The smart campaign that did it; <see langword="null"/> when none did.</summary>
    public string? Campaign { get; }

    /// <summary>The person's name (<c>personName</c>); <see langword="null"/> when Marketo sends none.</summary>
    public string? PersonName { get; }

    /// <summary>The lead's id as Marketo sent it, as text (<c>mktPersonId</c>).</summary>
    public string PersonId { get; }

    /// <summary>The lead's id as a number; <see langword="null"/> when <see cref="PersonId"/> is not one.</summary>
    public int? LeadId => ActivityAttributeLookup.LeadId(PersonId);

    /// <summary>The lead's id in a foreign system (<c>foreignSysId</c>); <see langword="null"/> when there is none.</summary>
    public string? ForeignSysId { get; }

    /// <summary>The lead's organisation (<c>orgName</c>); <see langword="null"/> when there is none.</summary>
    public string? OrgName { get; }

    /// <summary>The organisation's id in a foreign system (<c>foreignSysOrgId</c>); <see langword="null"/> when there is none.</summary>
    public string? ForeignSysOrgId { get; }

    /// <summary>The value of the detail named <paramref name="name"/>, or <see langword="null"/> when the activity has none.</summary>
    /// <param name="name">The detail's display name, for example <c>Webpage URL</c>; case matters.</param>
    /// <returns>The value as Marketo sent it.</returns>
    public string? GetValue(string name) => ActivityAttributeLookup.Find(Attributes, name);
}
