using System.Diagnostics.CodeAnalysis;

namespace Marketo.Soap.Models;

// Typed reading of the fields of a lead that Marketo returned. A string field whose value is
// empty is left out of Marketo's answer, so a field that is absent reads as "no value".
public sealed partial record LeadRecord
{
    /// <summary>The text of a field, or <see langword="null"/> when the lead does not carry it.</summary>
    /// <param name="name">The field's API name; case matters, as it does for Marketo.</param>
    /// <returns>The value exactly as Marketo sent it.</returns>
    public string? GetValue(string name) => Find(name)?.Value;

    /// <summary>A field's value converted to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">
    /// <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>,
    /// <see cref="double"/>, <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>,
    /// <see cref="DateTime"/>, or a nullable form of one of them.
    /// </typeparam>
    /// <param name="name">The field's API name, for example <c>Lead_Score__c</c>.</param>
    /// <returns>The converted value.</returns>
    /// <exception cref="KeyNotFoundException">The lead does not carry the field (Marketo leaves empty fields out).</exception>
    /// <exception cref="FormatException">The text cannot be read as <typeparamref name="T"/>; the message names the field and its Marketo type, never the value.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the types listed.</exception>
    public T Get<T>(string name)
    {
        var attribute = Find(name) ?? throw new KeyNotFoundException($"The lead carries no field named '{name}'; Marketo leaves out fields without a value.");
        return LeadFieldConverter.Convert<T>(attribute);
    }

    /// <summary>A field's value converted to <typeparamref name="T"/>, if the lead carries it and it converts.</summary>
    /// <typeparam name="T">One of the types <see cref="Get{T}(string)"/> takes.</typeparam>
    /// <param name="name">The field's API name.</param>
    /// <param name="value">The converted value, or the default of <typeparamref name="T"/>.</param>
    /// <returns>Whether the field was there and converted.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the types <see cref="Get{T}(string)"/> takes.</exception>
    public bool TryGet<T>(string name, [MaybeNullWhen(false)] out T value)
    {
        if (Find(name) is { } attribute && LeadFieldConverter.TryConvert(attribute, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private LeadAttribute? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var attribute in Attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute;
            }
        }

        return null;
    }
}
