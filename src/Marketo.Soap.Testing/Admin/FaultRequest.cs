namespace Marketo.Soap.Testing.Admin;

/// <summary>
/// A fault to inject, as the admin API receives it: <see cref="FaultInjector"/>'s vocabulary in JSON.
/// <c>kind</c> is one of <c>marketoFault</c>, <c>httpError</c>, <c>delay</c>, <c>hold</c>,
/// <c>truncatedBody</c>, <c>malformedBody</c>, <c>dropConnection</c>.
/// </summary>
internal sealed record FaultRequest
{
    /// <summary>What the fault does.</summary>
    public required string Kind { get; init; }

    /// <summary>For <c>marketoFault</c>: the Marketo error code.</summary>
    public int? ErrorCode { get; init; }

    /// <summary>For <c>marketoFault</c>: the detail message; for <c>httpError</c>: the body.</summary>
    public string? Message { get; init; }

    /// <summary>For <c>marketoFault</c>: a <c>cause</c> for the <c>serviceException</c> (empty for an empty element); left out, none is written.</summary>
    public string? Cause { get; init; }

    /// <summary>For <c>httpError</c>: the HTTP status, 400 to 599.</summary>
    public int? Status { get; init; }

    /// <summary>For <c>httpError</c>: the answer's Content-Type.</summary>
    public string? ContentType { get; init; }

    /// <summary>For <c>delay</c>: how long to wait before handling the call.</summary>
    public int? DelayMilliseconds { get; init; }

    /// <summary>
    /// Handle the call first (the store changes), then answer with this fault: for <c>marketoFault</c>,
    /// <c>httpError</c>, <c>malformedBody</c> and <c>dropConnection</c>.
    /// </summary>
    public bool ApplyFirst { get; init; }

    /// <summary>For how many calls; default 1.</summary>
    public int? Count { get; init; }

    /// <summary>For every matching call until the faults are cleared; <see cref="Count"/> must then be left out.</summary>
    public bool Always { get; init; }

    /// <summary>Only calls of this operation, for example <c>syncMObjects</c>; default any.</summary>
    public string? Operation { get; init; }
}
