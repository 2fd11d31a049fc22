using System.Globalization;

namespace Marketo.Soap.Models;

/// <summary>
/// A typed group of attributes of an MObject (a <c>typeAttrib</c> on the wire), such as a
/// program's period cost or tag.
/// </summary>
public sealed record MObjectTypeAttribute
{
    /// <summary>The group's type, for example <c>Cost</c> or <c>Tag</c>.</summary>
    public required string AttrType { get; init; }

    /// <summary>The group's name/value pairs, in the order they are sent.</summary>
    public IReadOnlyList<MObjectAttribute> Attributes { get; init; } = [];

    /// <summary>A program's period cost: <c>Cost</c> with <c>Month</c>, <c>Amount</c>, and optionally <c>Id</c> and <c>Note</c>.</summary>
    /// <param name="month">The cost's month, sent as <c>yyyy-MM</c>; the day is ignored.</param>
    /// <param name="amount">The amount, sent with invariant formatting.</param>
    /// <param name="costId">The id of an existing cost to change, or <see langword="null"/> to add one.</param>
    /// <param name="note">An optional note.</param>
    public static MObjectTypeAttribute ProgramCost(DateOnly month, decimal amount, int? costId = null, string? note = null)
    {
        List<MObjectAttribute> attributes =
        [
            new("Month", month.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            new("Amount", amount.ToString(CultureInfo.InvariantCulture)),
        ];
        if (costId is { } id)
        {
            attributes.Add(new("Id", id.ToString(CultureInfo.InvariantCulture)));
        }

        if (note is not null)
        {
            attributes.Add(new("Note", note));
        }

        return new MObjectTypeAttribute { AttrType = "Cost", Attributes = attributes };
    }

    /// <summary>A program's tag or channel: <c>Tag</c> with <c>Type</c> and <c>Value</c>. The tag must already exist in Marketo.</summary>
    /// <param name="type">The tag type, for example <c>Region</c>.</param>
    /// <param name="value">The tag value, for example <c>EMEA</c>.</param>
    public static MObjectTypeAttribute ProgramTag(string type, string value) =>
        new() { AttrType = "Tag", Attributes = [new("Type", type), new("Value", value)] };
}
