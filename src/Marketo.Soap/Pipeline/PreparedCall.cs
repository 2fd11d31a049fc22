using Marketo.Soap.Generated;
using Marketo.Soap.Telemetry;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// One call of one operation, validated and mapped once by its operation file, ready for any
/// number of attempts through <see cref="CallPipeline"/>.
/// </summary>
/// <typeparam name="TResult">What the caller gets back.</typeparam>
internal sealed class PreparedCall<TResult>
{
    /// <param name="operation">The wire name, for example <c>syncMultipleLeads</c>; logs, metrics and errors name it.</param>
    /// <param name="activityName">The trace activity's name, for example <c>MarketoSoapClient.SyncMultipleLeads</c>.</param>
    /// <param name="recordCount">How many records the call carries (0 for a call without records), for logs and metrics.</param>
    /// <param name="repeatSafety">Whether an attempt may be repeated after an ambiguous failure.</param>
    /// <param name="send">Sends one attempt with a freshly signed header and turns the answer into the result.</param>
    /// <param name="tally">Counts succeeded and failed records in a result; null for an operation whose result has no per-record status.</param>
    public PreparedCall(
        string operation,
        string activityName,
        int recordCount,
        RepeatSafety repeatSafety,
        Func<MktowsPort, AuthenticationHeaderInfo, Task<TResult>> send,
        Func<TResult, RecordTally>? tally = null)
    {
        Operation = operation;
        ActivityName = activityName;
        RecordCount = recordCount;
        RepeatSafety = repeatSafety;
        Send = send;
        Tally = tally;
    }

    public string Operation { get; }

    public string ActivityName { get; }

    public int RecordCount { get; }

    public RepeatSafety RepeatSafety { get; }

    public Func<MktowsPort, AuthenticationHeaderInfo, Task<TResult>> Send { get; }

    public Func<TResult, RecordTally>? Tally { get; }
}
