namespace Marketo.Soap.Models;

/// <summary>The state of a list import (<c>ImportToListStatusEnum</c> on the wire).</summary>
public enum ImportToListStatus
{
    /// <summary>
    /// Marketo answered with a state this version of the library does not know; the result's
    /// <c>StatusText</c> holds the word it sent.
    /// </summary>
    Unknown = 0,

    /// <summary>The import is queued or running (<c>PROCESSING</c>).</summary>
    Processing,

    /// <summary>The import finished (<c>COMPLETE</c>); rows may still have failed or been ignored.</summary>
    Complete,

    /// <summary>The import failed as a whole (<c>FAILED</c>).</summary>
    Failed,

    /// <summary>The import was cancelled (<c>CANCELED</c>).</summary>
    Canceled,
}
