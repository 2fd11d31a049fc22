namespace Marketo.Soap.Models;

/// <summary>The input of one <c>getLead</c> call: the key of the lead or leads to read.</summary>
public sealed record GetLeadRequest
{
    /// <summary>
    /// The key to look up, for example <see cref="LeadKey.ByEmail(string)"/> or
    /// <see cref="LeadKey.ById(int)"/>. An email can match several leads.
    /// </summary>
    /// <remarks>
    /// <c>getLead</c> takes the nine key types of <see cref="LeadKeyType"/> only: a lead cannot be
    /// looked up by <c>ForeignSysPersonId</c> here (use <see cref="LeadKeyType.SfdcLeadId"/> or
    /// <see cref="LeadKeyType.SfdcContactId"/> for Salesforce ids).
    /// </remarks>
    public required LeadKey Key { get; init; }
}
