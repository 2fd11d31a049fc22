namespace Marketo.Soap.Models;

/// <summary>
/// One change or activity of some lead, as <c>getLeadChanges</c> returns it (<c>LeadChangeRecord</c>
/// on the wire): a new lead, a changed field value, or any other activity.
/// </summary>
/// <remarks>
/// For a <c>Change Data Value</c>, <see cref="AssetName"/> is the field's display name and
/// <see cref="Attributes"/> hold <c>Attribute Name</c>, <c>Old Value</c>, <c>New Value</c>,
/// <c>Reason</c>, <c>Source</c> and <c>Lead ID</c>. Build one for a test with
/// <see cref="MarketoSoapModelFactory.LeadChange"/>.
/// </remarks>
public sealed record LeadChange
{
    internal LeadChange(long id, DateTimeOffset activityDateTime, string activityName, string? assetName, IReadOnlyList<ActivityAttribute> attributes, string? campaign, string personId)
    {
        Id = id;
        ActivityDateTime = activityDateTime;
        ActivityName = activityName;
        AssetName = assetName;
        Attributes = attributes;
        Campaign = campaign;
        PersonId = personId;
    }

    /// <summary>Marketo's id of the activity.</summary>
    /// <remarks>A 32-bit number in mktows 2_3; wider here because later versions of the API widened it.</remarks>
    public long Id { get; }

    /// <summary>When the change happened, in UTC (<c>activityDateTime</c>).</summary>
    public DateTimeOffset ActivityDateTime { get; }

    /// <summary>The activity's display name (<c>activityType</c> on the wire), for example <c>Change Data Value</c>; see <see cref="ActivityNames"/>.</summary>
    public string ActivityName { get; }

    /// <summary>The asset involved (<c>mktgAssetName</c>): for a changed value, the field's display name; <see langword="null"/> when there is none.</summary>
    public string? AssetName { get; }

    /// <summary>The change's details in Marketo's order, for example <c>Old Value</c> and <c>New Value</c>.</summary>
    public IReadOnlyList<ActivityAttribute> Attributes { get; }

    /// <summary>The smart campaign that made the change; <see langword="null"/> when none did.</summary>
    public string? Campaign { get; }

    /// <summary>The lead's id as Marketo sent it, as text (<c>mktPersonId</c>).</summary>
    public string PersonId { get; }

    /// <summary>The lead's id as a number; <see langword="null"/> when <see cref="PersonId"/> is not one.</summary>
    public int? LeadId => ActivityAttributeLookup.LeadId(PersonId);

    /// <summary>The value of the detail named <paramref name="name"/>, or <see langword="null"/> when the change has none.</summary>
    /// <param name="name">The detail's display name, for example <c>New Value</c>; case matters.</param>
    /// <returns>The value as Marketo sent it.</returns>
    public string? GetValue(string name) => ActivityAttributeLookup.Find(Attributes, name);
}
