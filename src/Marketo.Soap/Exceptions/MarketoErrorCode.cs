using System.Globalization;

namespace Marketo.Soap;

/// <summary>
/// A Marketo SOAP error code, such as 20014 (authentication failed). Known codes are static
/// members; a code this library has never seen still round-trips through <see cref="Value"/>.
/// </summary>
public readonly struct MarketoErrorCode : IEquatable<MarketoErrorCode>
{
    /// <summary>Creates a code from its number.</summary>
    /// <param name="value">The number Marketo sends, for example 20014.</param>
    public MarketoErrorCode(int value) => Value = value;

    /// <summary>The number Marketo sends, for example 20014.</summary>
    public int Value { get; }

    /// <summary>The name Marketo's documentation gives the code, or <see langword="null"/> for an unknown code.</summary>
    public string? Name => KnownNames.TryGetValue(Value, out var name) ? name : null;

    /// <summary>
    /// Whether repeating the call can succeed: true for internal errors (10001, 20011), an expired
    /// request (20016, once signed again) and the rate and concurrency limits (20023, 20024).
    /// The daily quota (20015) is false: it does not reset until midnight US Central time.
    /// </summary>
    /// <remarks>This describes the error, not the call: an insert that may have reached Marketo is still not safe to repeat.</remarks>
    public bool IsRetriable => Value is 10001 or 20011 or 20016 or 20023 or 20024;

    /// <summary>10001: a severe failure inside Marketo.</summary>
    public static MarketoErrorCode InternalError { get; } = new(10001);

    /// <summary>20011: the API service failed.</summary>
    public static MarketoErrorCode ServiceInternalError { get; } = new(20011);

    /// <summary>20012: the SOAP message was not understood.</summary>
    public static MarketoErrorCode RequestNotUnderstood { get; } = new(20012);

    /// <summary>20013: the client is blocked from API access.</summary>
    public static MarketoErrorCode AccessDenied { get; } = new(20013);

    /// <summary>20014: the user id, encryption key or signature is wrong.</summary>
    public static MarketoErrorCode AuthenticationFailed { get; } = new(20014);

    /// <summary>20015: the daily call quota is used up.</summary>
    public static MarketoErrorCode RequestLimitExceeded { get; } = new(20015);

    /// <summary>20016: the request's timestamp and signature are too old.</summary>
    public static MarketoErrorCode RequestExpired { get; } = new(20016);

    /// <summary>20017: an expected parameter is missing.</summary>
    public static MarketoErrorCode InvalidRequest { get; } = new(20017);

    /// <summary>20019: the operation is not supported.</summary>
    public static MarketoErrorCode UnsupportedOperation { get; } = new(20019);

    /// <summary>20022: a time range is longer than allowed.</summary>
    public static MarketoErrorCode TimeRangeExceeded { get; } = new(20022);

    /// <summary>20023: more than 100 calls in 20 seconds.</summary>
    public static MarketoErrorCode RateLimitExceeded { get; } = new(20023);

    /// <summary>20024: more than 10 calls at once.</summary>
    public static MarketoErrorCode ConcurrencyLimitExceeded { get; } = new(20024);

    /// <summary>20101: a lead key is required.</summary>
    public static MarketoErrorCode LeadKeyRequired { get; } = new(20101);

    /// <summary>20102: the lead key type is not valid.</summary>
    public static MarketoErrorCode LeadKeyBad { get; } = new(20102);

    /// <summary>20103: no lead matches the key.</summary>
    public static MarketoErrorCode LeadNotFound { get; } = new(20103);

    /// <summary>20104: a lead record is required.</summary>
    public static MarketoErrorCode LeadDetailRequired { get; } = new(20104);

    /// <summary>20105: a lead attribute name is unknown.</summary>
    public static MarketoErrorCode LeadAttributeBad { get; } = new(20105);

    /// <summary>20106: the lead could not be created or updated.</summary>
    public static MarketoErrorCode LeadSyncFailed { get; } = new(20106);

    /// <summary>20109: a parameter value is null or missing.</summary>
    public static MarketoErrorCode ParameterRequired { get; } = new(20109);

    /// <summary>20110: a parameter value is bad.</summary>
    public static MarketoErrorCode BadParameter { get; } = new(20110);

    private static readonly Dictionary<int, string> KnownNames = new()
    {
        [10001] = "Internal Error",
        [20011] = "Internal Error",
        [20012] = "Request Not Understood",
        [20013] = "Access Denied",
        [20014] = "Authentication failed",
        [20015] = "Request Limit Exceeded",
        [20016] = "Request Expired",
        [20017] = "Invalid Request",
        [20019] = "Unsupported Operation",
        [20022] = "Time range exceeded",
        [20023] = "Rate Limit Exceeded",
        [20024] = "Concurrency Limit Exceeded",
        [20101] = "Lead Key Required",
        [20102] = "Lead Key Bad",
        [20103] = "Lead Not Found",
        [20104] = "Lead Detail Required",
        [20105] = "Lead Attribute Bad",
        [20106] = "Lead Sync Failed",
        [20107] = "Activity Key Bad",
        [20108] = "Lead Owner Not Found",
        [20109] = "Parameter Required",
        [20110] = "Bad Parameter",
        [20111] = "List Not Found",
        [20113] = "Campaign Not Found",
        [20114] = "Bad Parameter",
        [20122] = "Bad Stream Position",
        [20123] = "Stream at End",
    };

    /// <summary>Creates a code from its number.</summary>
    public static implicit operator MarketoErrorCode(int value) => new(value);

    /// <summary>Whether two codes have the same number.</summary>
    public static bool operator ==(MarketoErrorCode left, MarketoErrorCode right) => left.Equals(right);

    /// <summary>Whether two codes have different numbers.</summary>
    public static bool operator !=(MarketoErrorCode left, MarketoErrorCode right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(MarketoErrorCode other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarketoErrorCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value;

    /// <summary>The number, followed by the documented name when it is known: <c>20014 (Authentication failed)</c>.</summary>
    public override string ToString() =>
        Name is { } name
            ? string.Create(CultureInfo.InvariantCulture, $"{Value} ({name})")
            : Value.ToString(CultureInfo.InvariantCulture);
}
