namespace Marketo.Soap.Models;

/// <summary>Chooses the members of one static list (<c>StaticListSelector</c> on the wire), by id or by name.</summary>
public sealed record StaticListSelector : LeadSelector
{
    /// <summary>
    /// The list's id (<c>staticListId</c>): the number after <c>ST</c> in the list's address in
    /// Marketo. Give this or <see cref="ListName"/>, not both.
    /// </summary>
    public int? ListId { get; init; }

    /// <summary>
    /// The list's name (<c>staticListName</c>); a list inside a program is named
    /// <c>Program.List</c>. Give this or <see cref="ListId"/>, not both.
    /// </summary>
    public string? ListName { get; init; }

    /// <summary>A selector of the list with this id.</summary>
    /// <param name="listId">The list's id.</param>
    /// <returns>The selector.</returns>
    public static StaticListSelector ById(int listId) => new() { ListId = listId };

    /// <summary>A selector of the list with this name.</summary>
    /// <param name="listName">The list's name, <c>Program.List</c> for a list inside a program.</param>
    /// <returns>The selector.</returns>
    public static StaticListSelector ByName(string listName) => new() { ListName = listName };
}
