namespace Marketo.Soap.Models;

/// <summary>
/// The input of one <c>importToList</c> call: rows of lead data, as a CSV file would hold them,
/// imported into a static list of a program.
/// </summary>
/// <remarks>
/// The client writes <see cref="Columns"/> as the file's header line and each of <see cref="Rows"/>
/// as one data line, separated by commas. A value holding a comma or a double quote is written in
/// double quotes, with its quotes doubled (RFC 4180): Marketo does not document its quoting rules,
/// so prefer values without them.
/// </remarks>
public sealed record ImportToListRequest
{
    /// <summary>The name of the program that holds the list.</summary>
    public required string ProgramName { get; init; }

    /// <summary>The static list's name inside <see cref="ProgramName"/>; the list must exist.</summary>
    public required string ListName { get; init; }

    /// <summary>
    /// The columns, by the fields' <em>display</em> names as Marketo's user interface shows them
    /// (<c>Email Address</c>, <c>First Name</c>), not their API names (<c>Email</c>). A column
    /// written as a My Token (<c>{{my.offer}}</c>) carries a value per lead for
    /// <see cref="CampaignName"/>'s next run.
    /// </summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The rows, each with one value per column, in column order. An empty value is an empty string.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }

    /// <summary>What the import does with the leads. Default <see cref="ImportListMode.UpsertLeads"/>.</summary>
    public ImportListMode Mode { get; init; } = ImportListMode.UpsertLeads;

    /// <summary>Whether the list is emptied before the rows are added. Default <see langword="false"/>: the rows are added to its members.</summary>
    public bool ClearList { get; init; }

    /// <summary>
    /// The smart campaign (in the same program) whose next run uses the token columns' values;
    /// required when a column is a My Token. <see langword="null"/> (the default) is sent as
    /// <c>xsi:nil</c>, since the element itself is required.
    /// </summary>
    public string? CampaignName { get; init; }
}
