namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>importToList</c> call: the import's state when Marketo accepted it.</summary>
public sealed class ImportToListResult
{
    internal ImportToListResult(ImportToListStatus status, string statusText)
    {
        Status = status;
        StatusText = statusText;
    }

    /// <summary>
    /// The state, usually <see cref="ImportToListStatus.Processing"/>: the import runs after the call
    /// returns. Follow it with <see cref="IMarketoSoapClient.WaitForImportToListAsync"/> before using the list.
    /// </summary>
    public ImportToListStatus Status { get; }

    /// <summary>The state word as Marketo sent it, for example <c>PROCESSING</c>.</summary>
    public string StatusText { get; }
}
