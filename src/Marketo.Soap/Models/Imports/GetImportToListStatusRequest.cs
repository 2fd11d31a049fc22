namespace Marketo.Soap.Models;

/// <summary>The input of one <c>getImportToListStatus</c> call: which list's import to report.</summary>
public sealed record GetImportToListStatusRequest
{
    /// <summary>The program named in the import.</summary>
    public required string ProgramName { get; init; }

    /// <summary>The list named in the import.</summary>
    public required string ListName { get; init; }
}
