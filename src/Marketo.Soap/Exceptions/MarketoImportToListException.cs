using Marketo.Soap.Models;

namespace Marketo.Soap;

/// <summary>
/// Waiting for a list import ended without it completing: Marketo reported it failed or cancelled,
/// or it was still running when the wait's time was up. <see cref="Outcome"/> says which, and
/// <see cref="LastStatus"/> holds Marketo's last report (row counts, summary).
/// </summary>
/// <remarks>
/// Not retriable: repeating the wait cannot change a failed import, and repeating the import may
/// import twice. After <see cref="ImportToListWaitOutcome.TimedOut"/> the import may still complete;
/// wait again rather than import again.
/// </remarks>
public class MarketoImportToListException : MarketoSoapException
{
    /// <summary>Creates an exception for an import that did not complete.</summary>
    /// <param name="message">The message.</param>
    /// <param name="outcome">Why the wait ended.</param>
    /// <param name="lastStatus">Marketo's last report of the import.</param>
    /// <param name="polls">How many status reads the wait made.</param>
    public MarketoImportToListException(string message, ImportToListWaitOutcome outcome, GetImportToListStatusResult lastStatus, int polls)
        : base(message, errorCode: null, faultCode: null, operation: "getImportToListStatus")
    {
        ArgumentNullException.ThrowIfNull(lastStatus);
        Outcome = outcome;
        LastStatus = lastStatus;
        Polls = polls;
    }

    /// <summary>Why the wait ended.</summary>
    public ImportToListWaitOutcome Outcome { get; }

    /// <summary>Marketo's last report of the import.</summary>
    public GetImportToListStatusResult LastStatus { get; }

    /// <summary>How many status reads the wait made.</summary>
    public int Polls { get; }
}
