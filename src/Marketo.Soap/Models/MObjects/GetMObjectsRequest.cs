namespace Marketo.Soap.Models;

/// <summary>The input of <see cref="IMarketoSoapClient.GetMObjectsAsync"/>: which objects of one type to read.</summary>
/// <remarks>
/// Choose objects by at most one unique key (<see cref="Id"/> or <see cref="ExternalKey"/>), by any
/// number of <see cref="Criteria"/>, and by <see cref="Associations"/>; with none of them, every
/// object of the type is read (Marketo's documented way to list all programs).
/// </remarks>
public sealed record GetMObjectsRequest
{
    /// <summary>
    /// The type to read: <see cref="MObjectTypes.Opportunity"/>, <see cref="MObjectTypes.OpportunityPersonRole"/>
    /// or <see cref="MObjectTypes.Program"/>, the three Marketo documents for <c>getMObjects</c>.
    /// </summary>
    public required string Type { get; init; }

    /// <summary>Reads the one object with this Marketo id; <see langword="null"/> not to select by id.</summary>
    public int? Id { get; init; }

    /// <summary>Reads the object with this external key; <see langword="null"/> not to select by key. Not together with <see cref="Id"/>.</summary>
    public MObjectAttribute? ExternalKey { get; init; }

    /// <summary>Conditions on the objects' attributes, such as <c>Name NE test</c> (<c>mObjCriteriaList</c>). Marketo's documentation lists the names it takes.</summary>
    public IReadOnlyList<MObjectCriterion> Criteria { get; init; } = [];

    /// <summary>Only objects associated with these objects, for example a <see cref="MObjectTypes.Lead"/> by id (<c>mObjAssociationList</c>).</summary>
    public IReadOnlyList<MObjectAssociation> Associations { get; init; } = [];

    /// <summary>Whether Marketo returns every attribute of each object; its documentation says this matters only for programs.</summary>
    public bool IncludeDetails { get; init; }

    /// <summary>How many objects Marketo returns a page: 100, fixed by Marketo.</summary>
    public const int PageSize = 100;
}
