namespace Marketo.Soap.Pipeline;

/// <summary>What the attempts of one call have done so far, shared by all of them.</summary>
internal sealed class AttemptLedger
{
    /// <summary>Whether any attempt got past pacing and was handed to the network.</summary>
    public bool AnyAttemptSent { get; set; }
}
