namespace Marketo.Soap.Testing;

/// <summary>A lead's id in another system, as syncMultipleLeads carries it.</summary>
/// <param name="SystemType">The wire value of <c>ForeignSysType</c>: <c>CUSTOM</c>, <c>SFDC</c> or <c>NETSUITE</c>.</param>
/// <param name="Id">The wire value of <c>ForeignSysPersonId</c>.</param>
public sealed record ForeignPersonId(string SystemType, string Id);
