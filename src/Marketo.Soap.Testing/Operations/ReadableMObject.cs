using System.Globalization;
using System.Xml.Linq;

namespace Marketo.Soap.Testing.Operations;

/// <summary>
/// A stored opportunity, role or program as getMObjects sees it: what its criteria compare, what
/// its associations match, and the <c>mObject</c> it answers with.
/// </summary>
/// <param name="Type">The MObject type name.</param>
/// <param name="Id">Marketo's id.</param>
/// <param name="ExternalKey">The object's external key, or <see langword="null"/>.</param>
/// <param name="Attribs">The <c>attribList</c>, in the order written.</param>
/// <param name="TypeAttribs">The <c>typeAttribList</c> groups (a program's tags and costs), in the order written.</param>
/// <param name="Links">The objects it is associated with, which an <c>mObjAssociationList</c> filter matches.</param>
/// <param name="WrittenAssociations">The <c>associationList</c> written back (an opportunity's company).</param>
internal sealed record ReadableMObject(
    string Type,
    int Id,
    StoredExternalKey? ExternalKey,
    IReadOnlyList<StoredExternalKey> Attribs,
    IReadOnlyList<(string AttrType, IReadOnlyList<StoredExternalKey> Attribs)> TypeAttribs,
    IReadOnlyList<(string Type, int? Id, StoredExternalKey? Key)> Links,
    IReadOnlyList<(string Type, int? Id, StoredExternalKey? Key)> WrittenAssociations)
{
    public static ReadableMObject From(StoredOpportunity opportunity, IEnumerable<StoredOpportunityPersonRole> roles)
    {
        (string, int?, StoredExternalKey?)[] company = opportunity.CompanyId is not null || opportunity.CompanyExternalKey is not null
            ? [("Company", opportunity.CompanyId, opportunity.CompanyExternalKey)]
            : [];
        return new(
            "Opportunity",
            opportunity.Id,
            opportunity.ExternalKey,
            Sorted(opportunity.Attributes),
            [],
            [.. company, .. roles.Where(r => r.OpportunityId == opportunity.Id).Select(r => ("Lead", (int?)r.PersonId, (StoredExternalKey?)null))],
            company);
    }

    public static ReadableMObject From(StoredOpportunityPersonRole role, StoredOpportunity? opportunity) => new(
        "OpportunityPersonRole",
        role.Id,
        null,
        [new("OpportunityId", Number(role.OpportunityId)), new("PersonId", Number(role.PersonId)), .. Sorted(role.Attributes)],
        [],
        [("Opportunity", role.OpportunityId, opportunity?.ExternalKey), ("Lead", role.PersonId, null)],
        []);

    /// <remarks>
    /// <c>Name</c>, then the program's stored details, as Marketo's documented answer orders them;
    /// what the store does not hold is not written rather than made up. Type attribs come as in that
    /// answer: tags, then tokens, then costs, a cost's month written as its first day.
    /// </remarks>
    public static ReadableMObject From(StoredProgram program) => new(
        "Program",
        program.Id,
        null,
        [new("Name", program.Name), .. program.Details],
        [
            .. program.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => ("Tag", (IReadOnlyList<StoredExternalKey>)[new("Type", t.Key), new("Value", t.Value)])),
            .. program.Tokens.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => ("Token", (IReadOnlyList<StoredExternalKey>)[new("Name", TokenName(t.Key)), new("Value", t.Value)])),
            .. program.Costs.Select(c => ("Cost", (IReadOnlyList<StoredExternalKey>)[.. Cost(c)])),
        ],
        [],
        []);

    /// <summary>The attrib named <paramref name="name"/> (exact case), <c>Id</c> being the object's id; <see langword="null"/> when the object has none.</summary>
    public string? ValueOf(string name) =>
        name == "Id" ? Number(Id) : Attribs.FirstOrDefault(a => a.Name == name)?.Value;

    /// <summary>The values of the object's tags of one type, or of every type when <paramref name="tagType"/> is null.</summary>
    public IEnumerable<string> TagValues(string? tagType) =>
        TypeAttribs.Where(t => t.AttrType == "Tag" && (tagType is null || t.Attribs.Any(a => a.Name == "Type" && a.Value == tagType)))
            .SelectMany(t => t.Attribs.Where(a => a.Name == "Value").Select(a => a.Value));

    public XElement ToXml() => new(
        "mObject",
        new XElement("type", Type),
        new XElement("id", Id),
        ExternalKey is { } key ? Attrib("externalKey", key) : null,
        new XElement("attribList", Attribs.Select(a => Attrib("attrib", a))),
        TypeAttribs.Count == 0 ? null : new XElement("typeAttribList", TypeAttribs.Select(t => new XElement("typeAttrib", new XElement("attrType", t.AttrType), new XElement("attrList", t.Attribs.Select(a => Attrib("attrib", a)))))),
        WrittenAssociations.Count == 0 ? null : new XElement(
            "associationList",
            WrittenAssociations.Select(a => new XElement(
                "mObjAssociation",
                new XElement("mObjType", a.Type),
                a.Id is { } id ? new XElement("id", id) : null,
                a.Key is { } k ? Attrib("externalKey", k) : null))));

    private static IEnumerable<StoredExternalKey> Cost(StoredProgramCost cost)
    {
        yield return new("Id", Number(cost.Id));
        yield return new("Month", cost.Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return new("Amount", cost.Amount.ToString(CultureInfo.InvariantCulture));
        if (cost.Note is not null)
        {
            yield return new("Note", cost.Note);
        }
    }

    private static StoredExternalKey[] Sorted(IReadOnlyDictionary<string, string> fields) =>
        [.. fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new StoredExternalKey(f.Key, f.Value))];

    private static XElement Attrib(string element, StoredExternalKey pair) => new(element, new XElement("name", pair.Name), new XElement("value", pair.Value));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The store names a program's token in full, {{my.name}}, as campaigns use it; getMObjects
    // writes only the name (operations facts §6.1: "testtoken", "My Token").
    private static string TokenName(string fullName) =>
        fullName.StartsWith("{{my.", StringComparison.Ordinal) && fullName.EndsWith("}}", StringComparison.Ordinal) ? fullName[5..^2] : fullName;
}
