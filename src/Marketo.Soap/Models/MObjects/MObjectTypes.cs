namespace Marketo.Soap.Models;

/// <summary>The MObject type names Marketo documents for <c>syncMObjects</c> and its associations.</summary>
/// <remarks>The wire type is free text, so other names can be sent; these are the documented ones.</remarks>
public static class MObjectTypes
{
    /// <summary>A program. Accepts <see cref="MObjectOperation.Update"/> only, with cost and tag type attributes.</summary>
    public const string Program = "Program";

    /// <summary>An opportunity, with attributes and an optional <see cref="Company"/> association.</summary>
    public const string Opportunity = "Opportunity";

    /// <summary>A lead's role on an opportunity.</summary>
    public const string OpportunityPersonRole = "OpportunityPersonRole";

    /// <summary>A company, as the target of an opportunity's association.</summary>
    public const string Company = "Company";

    /// <summary>A lead, as the target of an opportunity person role's association.</summary>
    public const string Lead = "Lead";
}
