using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Marketo.Soap.Testing.Soap;

namespace Marketo.Soap.Testing.Operations;

/// <summary>What a <c>paramsGetMObjects</c> chooses: its type, key, criteria and associations (operations facts §6.1).</summary>
/// <remarks>
/// Criteria and associations all have to hold (AND: how Marketo combines them is unknown, and AND
/// is what the facts assume). Criterion names are the ones Marketo documents. A criterion compares
/// the object's attrib of that name (a program's stored details included, such as
/// <c>Workspace Name</c>); where the object has none (the store keeps no CRM id or creation and
/// update times) only <c>NE</c> holds. <c>Include Archive</c> changes nothing: what Marketo does
/// with archived programs without it is undocumented.
/// </remarks>
internal sealed class MObjectSelection
{
    /// <summary>The criterion names Marketo documents for getMObjects, <c>Id</c> included (its own sample filters on it).</summary>
    private static readonly HashSet<string> CriterionNames = new(
        ["Id", "Name", "Role", "Type", "Stage", "CRM Id", "Created At", "Updated At", "Tag Type", "Tag Value", "Workspace Name", "Workspace Id", "Include Archive"],
        StringComparer.Ordinal);

    /// <summary>The association types each readable type can be filtered by.</summary>
    private static readonly Dictionary<string, string[]> AssociationTypes = new(StringComparer.Ordinal)
    {
        ["Opportunity"] = ["Company", "Lead"],
        ["OpportunityPersonRole"] = ["Opportunity", "Lead"],
        ["Program"] = [],
    };

    private readonly int? _id;
    private readonly StoredExternalKey? _externalKey;
    private readonly List<(string Name, string Comparison, string Value)> _criteria;
    private readonly List<(string Type, int? Id, StoredExternalKey? Key)> _associations;

    private MObjectSelection(string type, int? id, StoredExternalKey? externalKey, List<(string, string, string)> criteria, List<(string, int?, StoredExternalKey?)> associations)
    {
        Type = type;
        _id = id;
        _externalKey = externalKey;
        _criteria = criteria;
        _associations = associations;
    }

    public string Type { get; }

    /// <summary>Reads the request's selection.</summary>
    /// <exception cref="SoapFault">20110 for a type getMObjects does not read, an undocumented criterion, a second <c>Tag Type</c>, or an association the type cannot have.</exception>
    public static MObjectSelection Read(XElement parameters)
    {
        var type = ((string)parameters.Element("type")!).Trim();
        if (!AssociationTypes.TryGetValue(type, out var associationTypes))
        {
            throw SoapFault.Marketo(20110, $"Input error: getMObjects reads Opportunity, OpportunityPersonRole or Program, not '{type}'");
        }

        var criteria = (parameters.Element("mObjCriteriaList")?.Elements("mObjCriteria") ?? [])
            .Select(c => (Name: (string)c.Element("attrName")!, Comparison: ((string)c.Element("comparison")!).Trim(), Value: (string)c.Element("attrValue")!))
            .ToList();
        foreach (var criterion in criteria.Where(c => !CriterionNames.Contains(c.Name)))
        {
            throw SoapFault.Marketo(20110, $"Input error: '{criterion.Name}' is not a getMObjects criterion");
        }

        if (criteria.Count(c => c.Name == "Tag Type") > 1)
        {
            throw SoapFault.Marketo(20110, "Input error: at most one 'Tag Type' criterion");
        }

        var associations = (parameters.Element("mObjAssociationList")?.Elements("mObjAssociation") ?? [])
            .Select(a => (Type: ((string)a.Element("mObjType")!).Trim(), Id: WireValues.Int(a, "id"), Key: WireValues.OptionalAttrib(a, "externalKey")))
            .ToList();
        foreach (var association in associations.Where(a => !associationTypes.Contains(a.Type, StringComparer.Ordinal)))
        {
            throw SoapFault.Marketo(20110, $"Input error: a {type} has no association with '{association.Type}'");
        }

        return new MObjectSelection(type, WireValues.Int(parameters, "id"), WireValues.OptionalAttrib(parameters, "externalKey"), criteria, associations);
    }

    /// <summary>The selection in one line, so that a stream position can be tied to the request that started it.</summary>
    public string Fingerprint()
    {
        var text = new StringBuilder().Append(Type).Append('|').Append(_id?.ToString(CultureInfo.InvariantCulture)).Append('|').Append(_externalKey);
        foreach (var criterion in _criteria)
        {
            text.Append("|c:").Append(criterion.Name).Append('\u001f').Append(criterion.Comparison).Append('\u001f').Append(criterion.Value);
        }

        foreach (var association in _associations)
        {
            text.Append("|a:").Append(association.Type).Append('\u001f').Append(association.Id?.ToString(CultureInfo.InvariantCulture)).Append('\u001f').Append(association.Key);
        }

        return text.ToString();
    }

    public bool Matches(ReadableMObject candidate) =>
        (_id is null || candidate.Id == _id)
        && (_externalKey is null || candidate.ExternalKey == _externalKey)
        && _associations.All(a => candidate.Links.Any(l => l.Type == a.Type && ((a.Id is not null && l.Id == a.Id) || (a.Key is not null && l.Key == a.Key))))
        && _criteria.All(c => Holds(candidate, c.Name, c.Comparison, c.Value));

    private bool Holds(ReadableMObject candidate, string name, string comparison, string value) => name switch
    {
        "Include Archive" => true,
        "Tag Type" => candidate.TypeAttribs.Where(t => t.AttrType == "Tag").SelectMany(t => t.Attribs.Where(a => a.Name == "Type")).Any(t => Compare(t.Value, comparison, value)),
        "Tag Value" => candidate.TagValues(TagTypeAsked()).Any(v => Compare(v, comparison, value)),
        _ => Compare(candidate.ValueOf(name), comparison, value),
    };

    private string? TagTypeAsked() => _criteria.FirstOrDefault(c => c.Name == "Tag Type" && c.Comparison == "EQ").Value;

    /// <summary>Numbers compare as numbers, anything else as text without regard to case; a missing value satisfies only <c>NE</c>.</summary>
    private static bool Compare(string? actual, string comparison, string expected)
    {
        if (actual is null)
        {
            return comparison == "NE";
        }

        var order = decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(expected.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var e)
            ? a.CompareTo(e)
            : string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase);
        // Stryker disable once Boolean : the schema's ComparisonEnum admits only the six comparisons named here, so the default arm is never reached.
        return comparison switch
        {
            "EQ" => order == 0,
            "NE" => order != 0,
            "LT" => order < 0,
            "LE" => order <= 0,
            "GT" => order > 0,
            "GE" => order >= 0,
            _ => false,
        };
    }
}
