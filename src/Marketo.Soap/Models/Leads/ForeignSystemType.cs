namespace Marketo.Soap.Models;

/// <summary>The system a <see cref="LeadRecord.ForeignSysPersonId"/> comes from (<c>ForeignSysType</c> on the wire).</summary>
public enum ForeignSystemType
{
    /// <summary>A custom system (<c>CUSTOM</c>).</summary>
    Custom,

    /// <summary>Salesforce (<c>SFDC</c>).</summary>
    Sfdc,

    /// <summary>NetSuite (<c>NETSUITE</c>).</summary>
    NetSuite,
}
