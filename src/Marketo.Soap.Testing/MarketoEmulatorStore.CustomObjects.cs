using System.Collections.Immutable;

namespace Marketo.Soap.Testing;

/// <summary>The store's custom objects: the types the instance has, and their records.</summary>
public sealed partial class MarketoEmulatorStore
{
    private const int MaxCustomObjectFields = 50;

    // Type names are matched case-insensitively, as Marketo answers a name in another case (operations facts §7.1).
    private readonly Dictionary<string, StoredCustomObjectType> _customObjectTypes = new(StringComparer.OrdinalIgnoreCase);

    // In the order records were first written; answers list them in this order.
    private readonly List<StoredCustomObject> _customObjects = [];

    /// <summary>Every custom object type, in the order declared.</summary>
    public IReadOnlyList<StoredCustomObjectType> CustomObjectTypes
    {
        get
        {
            lock (Gate)
            {
                return [.. _customObjectTypes.Values];
            }
        }
    }

    /// <summary>Every custom object record, of every type, in the order first written.</summary>
    public IReadOnlyList<StoredCustomObject> CustomObjects
    {
        get
        {
            lock (Gate)
            {
                return [.. _customObjects];
            }
        }
    }

    /// <summary>Declares a custom object, so that the three custom object operations serve it.</summary>
    /// <param name="type">Its name and fields.</param>
    /// <exception cref="ArgumentException">The name is blank or already declared (in any case), there are more than 50 fields or no key field, a field name is blank or repeated, or a data type is unknown.</exception>
    public void AddCustomObjectType(StoredCustomObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(type.Name, nameof(type));
        ArgumentNullException.ThrowIfNull(type.Fields, nameof(type));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (field is null || string.IsNullOrWhiteSpace(field.Name) || !names.Add(field.Name))
            {
                throw new ArgumentException($"The custom object {type.Name} has a null, blank or repeated field name.", nameof(type));
            }

            if (!CustomObjectDataTypes.Known.Contains(field.DataType))
            {
                throw new ArgumentException($"The field {field.Name} of {type.Name} has the data type '{field.DataType}'; use one of {string.Join(", ", CustomObjectDataTypes.Known)}.", nameof(type));
            }
        }

        // Operations facts §7: a custom object has up to 50 fields.
        if (type.Fields.Count > MaxCustomObjectFields)
        {
            throw new ArgumentException($"The custom object {type.Name} has {type.Fields.Count} fields; Marketo allows at most {MaxCustomObjectFields}.", nameof(type));
        }

        if (!type.Fields.Any(f => f.IsKey))
        {
            throw new ArgumentException($"The custom object {type.Name} has no key field; Marketo finds its records by their keys.", nameof(type));
        }

        lock (Gate)
        {
            if (!_customObjectTypes.TryAdd(type.Name, type with { Fields = [.. type.Fields] }))
            {
                throw new ArgumentException($"A custom object named {type.Name} is already declared.", nameof(type));
            }
        }
    }

    /// <summary>Adds a record of a declared custom object.</summary>
    /// <param name="record">The record; its keys must be new for its type.</param>
    /// <returns>The record as stored, its type named as declared.</returns>
    /// <exception cref="ArgumentException">The type is not declared, the fields do not fit it (an unknown field, a missing key, a value of the wrong type), or a record with the same keys exists.</exception>
    public StoredCustomObject AddCustomObject(StoredCustomObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(record.Keys, nameof(record));
        ArgumentNullException.ThrowIfNull(record.Attributes, nameof(record));
        lock (Gate)
        {
            var type = FindCustomObjectTypeLocked(record.Type ?? string.Empty)
                ?? throw new ArgumentException($"No custom object named {record.Type} is declared; declare it first.", nameof(record));
            if (CustomObjectRecordCheck.Problem(type, [.. record.Keys], [.. record.Attributes]) is { } problem)
            {
                throw new ArgumentException($"The {type.Name} record does not fit its type: {problem}.", nameof(record));
            }

            if (IndexOfCustomObjectLocked(type, record.Keys) >= 0)
            {
                throw new ArgumentException($"A {type.Name} record with these keys already exists.", nameof(record));
            }

            var stored = record with { Type = type.Name, Keys = record.Keys.ToImmutableDictionary(StringComparer.Ordinal), Attributes = record.Attributes.ToImmutableDictionary(StringComparer.Ordinal) };
            _customObjects.Add(stored);
            return stored;
        }
    }

    // The members below serve the SOAP operations, which hold Gate for a whole call.
    internal StoredCustomObjectType? FindCustomObjectTypeLocked(string name) => _customObjectTypes.GetValueOrDefault(name);

    internal IEnumerable<StoredCustomObject> CustomObjectsOfLocked(StoredCustomObjectType type) =>
        _customObjects.Where(o => string.Equals(o.Type, type.Name, StringComparison.Ordinal));

    /// <summary>The position of the record of <paramref name="type"/> whose key fields hold these values, or -1.</summary>
    internal int IndexOfCustomObjectLocked(StoredCustomObjectType type, IReadOnlyDictionary<string, string> keys) =>
        _customObjects.FindIndex(o => string.Equals(o.Type, type.Name, StringComparison.Ordinal)
            && type.Fields.Where(f => f.IsKey).All(f => keys.TryGetValue(f.Name, out var value) && o.Keys.TryGetValue(f.Name, out var held) && string.Equals(value, held, StringComparison.Ordinal)));

    /// <summary>Writes a record: replaces the one at <paramref name="index"/>, or appends a new one when it is -1.</summary>
    internal void SaveCustomObjectLocked(int index, StoredCustomObject record)
    {
        if (index < 0)
        {
            _customObjects.Add(record);
        }
        else
        {
            _customObjects[index] = record;
        }
    }

    internal StoredCustomObject CustomObjectAtLocked(int index) => _customObjects[index];

    internal void RemoveCustomObjectLocked(int index) => _customObjects.RemoveAt(index);

    private void ClearCustomObjectsLocked()
    {
        _customObjectTypes.Clear();
        _customObjects.Clear();
    }
}
