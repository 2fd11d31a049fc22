namespace Marketo.Soap.Models;

/// <summary>What a <see cref="ListKey"/>'s value names a static list by (<c>ListKeyType</c> on the wire).</summary>
public enum ListKeyType
{
    /// <summary>The static list's name in Marketo (<c>MKTOLISTNAME</c>).</summary>
    ListName,

    /// <summary>A list named by a Marketo sales user id (<c>MKTOSALESUSERID</c>); Marketo does not document its meaning further.</summary>
    SalesUserId,

    /// <summary>A list named by a Salesforce lead owner id (<c>SFDCLEADOWNERID</c>); Marketo does not document its meaning further.</summary>
    SfdcLeadOwnerId,
}
