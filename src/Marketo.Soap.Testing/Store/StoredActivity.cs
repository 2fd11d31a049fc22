namespace Marketo.Soap.Testing;

/// <summary>One entry of the emulator's activity log: what a call did to one lead.</summary>
/// <param name="Id">The activity's id; ids only increase and are never reused, not even after the store is cleared.</param>
/// <param name="LeadId">The lead it happened to.</param>
/// <param name="CreatedAt">When, by the emulator's clock.</param>
/// <param name="ActivityType">The display name answers carry, for example <c>Change Data Value</c>.</param>
/// <param name="AssetName">The <c>mktgAssetName</c>: the field, list or campaign involved; null for none.</param>
/// <param name="Attributes">The <c>activityAttributes</c>, in order.</param>
internal sealed record StoredActivity(int Id, int LeadId, DateTimeOffset CreatedAt, string ActivityType, string? AssetName, IReadOnlyList<(string Name, string Value)> Attributes);
