namespace Marketo.Soap.Models;

/// <summary>What a <see cref="LeadKey"/>'s value identifies a lead by (<c>LeadKeyRef</c> on the wire).</summary>
public enum LeadKeyType
{
    /// <summary>Marketo's lead id (<c>IDNUM</c>).</summary>
    Id,

    /// <summary>The whole Munchkin tracking cookie value, <c>_mkto_trk</c> (<c>COOKIE</c>).</summary>
    Cookie,

    /// <summary>The lead's email address (<c>EMAIL</c>); several leads may share one.</summary>
    Email,

    /// <summary>The email address of the lead's owner (<c>LEADOWNEREMAIL</c>).</summary>
    LeadOwnerEmail,

    /// <summary>A Salesforce account id (<c>SFDCACCOUNTID</c>).</summary>
    SfdcAccountId,

    /// <summary>A Salesforce contact id (<c>SFDCCONTACTID</c>).</summary>
    SfdcContactId,

    /// <summary>A Salesforce lead id (<c>SFDCLEADID</c>).</summary>
    SfdcLeadId,

    /// <summary>A Salesforce lead owner id (<c>SFDCLEADOWNERID</c>).</summary>
    SfdcLeadOwnerId,

    /// <summary>A Salesforce opportunity id (<c>SFDCOPPTYID</c>).</summary>
    SfdcOpportunityId,
}
