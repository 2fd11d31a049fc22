using System.Collections.Immutable;
using System.Globalization;

namespace Marketo.Soap.Testing.Operations;

/// <summary>syncMObjects for <c>Program</c>: UPDATE only, through <c>Cost</c> and <c>Tag</c> type attributes (contract facts §2.7).</summary>
/// <remarks>
/// A program's changes are all or nothing: if one type attribute is bad, the program fails and
/// nothing of it is written (an emulator assumption; Marketo documents per-object results only).
/// </remarks>
internal sealed class ProgramSync
{
    private const string Month = "Month";
    private const string Amount = "Amount";
    private const string Id = "Id";
    private const string Note = "Note";
    private const string Type = "Type";
    private const string Value = "Value";

    private static readonly string[] MonthFormats = ["yyyy-MM", "yyyy-MM-dd"];

    private readonly MarketoEmulatorStore _store;

    public ProgramSync(MarketoEmulatorStore store) => _store = store;

    public MObjectOutcome Sync(MObjectInput input, SyncMode mode)
    {
        var requestedId = input.Id ?? 0;
        if (mode != SyncMode.Update)
        {
            return MObjectOutcome.Failed(requestedId, $"Program accepts only the UPDATE operation, not {mode.ToString().ToUpperInvariant()}");
        }

        if (input.Id is not { } id)
        {
            return MObjectOutcome.Failed(0, "Program id is required");
        }

        if (_store.FindProgramLocked(id) is not { } program)
        {
            return MObjectOutcome.Failed(id, Invariant($"Program not found: no program has id {id}"));
        }

        var costs = program.Costs.ToList();
        var tags = program.Tags.ToImmutableDictionary(StringComparer.Ordinal);
        foreach (var typeAttrib in input.TypeAttribs)
        {
            var error = typeAttrib.AttrType switch
            {
                "Cost" => ApplyCost(typeAttrib.Attribs, costs, program.Id),
                "Tag" => ApplyTag(typeAttrib.Attribs, ref tags),
                var other => $"Unknown attrType '{other}' for Program; expected Cost or Tag",
            };
            if (error is not null)
            {
                return MObjectOutcome.Failed(id, error);
            }
        }

        // Cost ids are handed out only now, so a failed program uses none.
        var stored = program with
        {
            Costs = [.. costs.Select(c => c.Id == 0 ? c with { Id = _store.NextCostIdLocked() } : c)],
            Tags = tags,
        };
        _store.SaveProgramLocked(stored);
        return MObjectOutcome.Updated(id);
    }

    /// <summary>Adds a cost, or changes the program's cost named by <c>Id</c>. Returns an error, or <see langword="null"/>.</summary>
    private static string? ApplyCost(IReadOnlyList<StoredExternalKey> attribs, List<StoredProgramCost> costs, int programId)
    {
        var values = Collect(attribs, [Month, Amount, Id, Note], "Cost", out var error);
        if (error is not null)
        {
            return error;
        }

        if (!values.TryGetValue(Month, out var monthText) || !values.TryGetValue(Amount, out var amountText))
        {
            return "Cost requires Month and Amount";
        }

        if (!DateOnly.TryParseExact(monthText.Trim(), MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return $"Cost Month '{monthText}' is not a month such as 2013-06";
        }

        if (!decimal.TryParse(amountText.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return $"Cost Amount '{amountText}' is not a number";
        }

        var cost = new StoredProgramCost { Month = new DateOnly(month.Year, month.Month, 1), Amount = amount, Note = values.GetValueOrDefault(Note) };
        if (!values.TryGetValue(Id, out var idText))
        {
            costs.Add(cost);
            return null;
        }

        var index = int.TryParse(idText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var costId)
            ? costs.FindIndex(c => c.Id == costId)
            : -1;
        if (index < 0)
        {
            return Invariant($"Cost Id '{idText}' is not a cost of program {programId}");
        }

        costs[index] = cost with { Id = costId };
        return null;
    }

    /// <summary>Sets the program's value for a tag type; the type and value must already exist. Returns an error, or <see langword="null"/>.</summary>
    private string? ApplyTag(IReadOnlyList<StoredExternalKey> attribs, ref ImmutableDictionary<string, string> tags)
    {
        var values = Collect(attribs, [Type, Value], "Tag", out var error);
        if (error is not null)
        {
            return error;
        }

        if (!values.TryGetValue(Type, out var type) || !values.TryGetValue(Value, out var value))
        {
            return "Tag requires Type and Value";
        }

        if (!_store.IsKnownTagLocked(type, value))
        {
            // The API cannot create tags or channels (facts §2.7).
            return $"Tag type '{type}' with value '{value}' does not exist";
        }

        tags = tags.SetItem(type, value);
        return null;
    }

    private static Dictionary<string, string> Collect(IReadOnlyList<StoredExternalKey> attribs, string[] allowed, string attrType, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        error = null;
        foreach (var attrib in attribs)
        {
            if (!allowed.Contains(attrib.Name, StringComparer.Ordinal))
            {
                error = $"Unknown {attrType} attrib '{attrib.Name}'; expected {string.Join(", ", allowed)}";
                break;
            }

            values[attrib.Name] = attrib.Value;
        }

        return values;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
