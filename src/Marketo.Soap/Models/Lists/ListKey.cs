namespace Marketo.Soap.Models;

/// <summary>Names one static list of the lead database (<c>ListKey</c> on the wire).</summary>
/// <param name="Type">What <paramref name="Value"/> is.</param>
/// <param name="Value">The key's value, for example the list's name.</param>
public sealed record ListKey(ListKeyType Type, string Value)
{
    /// <summary>A key by the static list's name, the usual way to name a list.</summary>
    /// <param name="listName">The list's name as Marketo shows it.</param>
    public static ListKey ByName(string listName) => new(ListKeyType.ListName, listName);
}
