namespace Marketo.Soap.Models;

/// <summary>Why waiting for a list import ended without it completing.</summary>
public enum ImportToListWaitOutcome
{
    /// <summary>Marketo reported the import <see cref="ImportToListStatus.Failed"/>.</summary>
    Failed,

    /// <summary>Marketo reported the import <see cref="ImportToListStatus.Canceled"/>.</summary>
    Canceled,

    /// <summary>The import was still running when <see cref="ImportToListWaitOptions.Timeout"/> passed; it may still complete.</summary>
    TimedOut,
}
