using System.Text;
using System.Xml.Linq;
using Marketo.Soap.Testing.Contract;
using Marketo.Soap.Testing.Internal;
using Marketo.Soap.Testing.Limits;
using Marketo.Soap.Testing.Operations;
using Marketo.Soap.Testing.Security;
using Microsoft.AspNetCore.Http;

namespace Marketo.Soap.Testing.Soap;

/// <summary>
/// Serves <c>/soap/mktows/2_3</c>: the WSDL on <c>GET ?WSDL</c>, SOAP calls on <c>POST</c>.
/// </summary>
/// <remarks>
/// A call passes, in order: fault injection; the envelope and schema checks (20012, 20019);
/// authentication (20014, 20016); the limits (20024, 20023, 20015); then the operation. That
/// schema comes before authentication, and authentication before limits, is the emulator's order:
/// Marketo does not document its own.
/// </remarks>
internal sealed class SoapEndpoint
{
    private static readonly byte[] MalformedAnswer = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\"><SOAP-ENV:Body><ns1:result><syncStatus></SOAP-ENV:Body>");

    // Larger declared lengths are read without presizing, so a false Content-Length cannot make the emulator allocate it up front.
    private const long MaxPresizedBody = 16 * 1024 * 1024;

    private readonly WsdlContract _contract;
    private readonly SoapRequestReader _reader;
    private readonly Authenticator _authenticator;
    private readonly CallLimiter _limiter;
    private readonly FaultInjector _faults;
    private readonly ExchangeLog _log;
    private readonly TimeProvider _clock;
    private readonly CancellationToken _stopping;
    private readonly Dictionary<string, Func<XElement, byte[]>> _operations;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> _wsdlByHost = new(StringComparer.OrdinalIgnoreCase);
    private byte[]? _wsdl;
    private bool _wsdlFollowsRequestHost;
    private int _callCount;

    public SoapEndpoint(
        WsdlContract contract,
        MarketoSoapEmulatorOptions options,
        string userId,
        string encryptionKey,
        MarketoEmulatorStore store,
        FaultInjector faults,
        ExchangeLog log,
        CancellationToken stopping)
    {
        _contract = contract;
        _reader = new SoapRequestReader(contract, options.Strict);
        _clock = options.TimeProvider;
        _authenticator = new Authenticator(userId, encryptionKey, _clock, options.TimestampTolerance);
        _limiter = new CallLimiter(_clock, EmulatorDefaults.RateWindow, options.CallsPer20Seconds, options.MaxConcurrentCalls, options.DailyQuota);
        _faults = faults;
        _log = log;
        _stopping = stopping;

        _operations = Handlers(store, options);
        var unserved = contract.Operations.Select(o => o.Name).Except(_operations.Keys, StringComparer.Ordinal).ToList();
        if (unserved.Count > 0)
        {
            throw new InvalidOperationException($"The emulator has no handler for {string.Join(", ", unserved)}, although its WSDL declares it.");
        }
    }

    /// <summary>The handler of each operation, by its name in the WSDL: one line each, answering with the whole answer's bytes.</summary>
    internal static Dictionary<string, Func<XElement, byte[]>> Handlers(MarketoEmulatorStore store, MarketoSoapEmulatorOptions options)
    {
        var leads = new SyncMultipleLeadsOperation(store, options.MaxLeadsPerCall);
        var mObjects = new SyncMObjectsOperation(store, options.MaxMObjectsPerCall);
        return new(StringComparer.Ordinal)
        {
            ["syncMultipleLeads"] = leads.Answer,
            ["syncMObjects"] = Tree(mObjects.Execute),
            ["getLead"] = Tree(new GetLeadOperation(store).Execute),
            ["syncLead"] = Tree(new SyncLeadOperation(store).Execute),
            ["getMultipleLeads"] = Tree(new GetMultipleLeadsOperation(store).Execute),
            ["listOperation"] = Tree(new ListMembershipOperation(store).Execute),
            ["getCampaignsForSource"] = Tree(new GetCampaignsForSourceOperation(store).Execute),
            ["requestCampaign"] = Tree(new RequestCampaignOperation(store).Execute),
            ["scheduleCampaign"] = Tree(new ScheduleCampaignOperation(store).Execute),
            ["getLeadActivity"] = Tree(new GetLeadActivityOperation(store).Execute),
            ["getLeadChanges"] = Tree(new GetLeadChangesOperation(store).Execute),
            ["mergeLeads"] = Tree(new MergeLeadsOperation(store).Execute),
            ["importToList"] = Tree(new ImportToListOperation(store).Execute),
            ["getImportToListStatus"] = Tree(new GetImportToListStatusOperation(store).Execute),
            ["getChannels"] = Tree(new GetChannelsOperation(store).Execute),
            ["getTags"] = Tree(new GetTagsOperation(store).Execute),
            ["getCustomObjects"] = Tree(new GetCustomObjectsOperation(store).Execute),
            ["syncCustomObjects"] = Tree(new SyncCustomObjectsOperation(store).Execute),
            ["deleteCustomObjects"] = Tree(new DeleteCustomObjectsOperation(store).Execute),
            ["getMObjects"] = Tree(new GetMObjectsOperation(store).Execute),
            ["deleteMObjects"] = Tree(new DeleteMObjectsOperation(store, options.MaxMObjectsPerCall).Execute),
            ["describeMObject"] = Tree(new DescribeMObjectOperation(store).Execute),
            ["listMObjects"] = Tree(ListMObjectsOperation.Execute),
        };
    }

    // Most operations build their result as a tree; syncMultipleLeads, the hot one, writes its own.
    private static Func<XElement, byte[]> Tree(Func<XElement, XElement> operation) =>
        parameters => SoapMessageWriter.Success(operation(parameters));

    /// <summary>How many calls are in flight, held and delayed ones included.</summary>
    public int CallsInFlight => _limiter.InFlight;

    /// <summary>The rate, concurrency and daily limits, changeable while the emulator runs.</summary>
    public CallLimiter Limiter => _limiter;

    /// <summary>The signature and timestamp check, whose tolerance is changeable while the emulator runs.</summary>
    public Authenticator Authenticator => _authenticator;

    /// <summary>Sets the address the WSDL's <c>soap:address</c> points to; known only once Kestrel has bound its port.</summary>
    /// <param name="endpoint">The endpoint's address.</param>
    /// <param name="followRequestHost">
    /// When listening on every interface, the address callers use is only known from their request:
    /// the WSDL's <c>soap:address</c> then names the host the caller asked for.
    /// </param>
    public void ServeWsdlFor(Uri endpoint, bool followRequestHost = false)
    {
        _wsdl = _contract.RenderFor(endpoint);
        _wsdlFollowsRequestHost = followRequestHost;
    }

    private byte[]? WsdlFor(HttpRequest request)
    {
        if (!_wsdlFollowsRequestHost || !request.Host.HasValue)
        {
            return _wsdl;
        }

        // A handful of names reach one emulator (localhost, a container name, an address); a flood of
        // made-up Host headers is not cached, so it cannot grow the memory.
        var host = request.Host.Value;
        if (_wsdlByHost.TryGetValue(host, out var cached))
        {
            return cached;
        }

        if (!Uri.TryCreate($"{request.Scheme}://{host}{EmulatorDefaults.EndpointPath}", UriKind.Absolute, out var address))
        {
            return _wsdl;
        }

        var wsdl = _contract.RenderFor(address);
        if (_wsdlByHost.Count < 16)
        {
            _wsdlByHost.TryAdd(host, wsdl);
        }

        return wsdl;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!string.Equals(request.Path.Value, EmulatorDefaults.EndpointPath, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (HttpMethods.IsGet(request.Method) && request.Query.Keys.Any(k => string.Equals(k, "wsdl", StringComparison.OrdinalIgnoreCase)) && WsdlFor(request) is { } wsdl)
        {
            await WriteAsync(context.Response, StatusCodes.Status200OK, SoapMessageWriter.ContentType, wsdl, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "POST";
            return;
        }

        using var inFlight = _limiter.Arrive();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        await HandleCallAsync(context, cancellation.Token).ConfigureAwait(false);
    }

    private async Task HandleCallAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var receivedAt = _clock.GetUtcNow();
        var started = _clock.GetTimestamp();
        var warnings = new List<string>();
        byte[] body;
        try
        {
            body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            return;
        }

        var soapAction = context.Request.Headers["SOAPAction"].FirstOrDefault();
        // Parsed once, before the fault rules need its operation and record count, and then read by Handle.
        var parsed = SoapRequestReader.TryParse(body);
        var (operation, recordCount) = parsed is null ? (null, null) : RequestPeek.Look(parsed, _contract);
        var received = new ReceivedBody(body, parsed);
        var call = new EmulatorRequest(
            Interlocked.Increment(ref _callCount),
            operation,
            soapAction,
            recordCount,
            body);

        var fault = TakeFault(call, warnings);
        Answer? answer = null;
        var logged = false;
        try
        {
            answer = await AnswerAsync(fault, received, soapAction, warnings, cancellationToken).ConfigureAwait(false);

            // Logged before the answer is written, so a caller holding its answer always finds the call in the log.
            Log(call, receivedAt, started, fault, answer, warnings);
            logged = true;
            await SendAsync(context, answer, fault, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The caller went away (say, its timeout fired during an injected delay) or the emulator is stopping.
            answer = null;
            context.Abort();
        }
        finally
        {
            if (!logged)
            {
                // No answer means the connection was dropped, on purpose or because the caller left.
                Log(call, receivedAt, started, fault, answer, warnings);
            }
        }
    }

    private void Log(EmulatorRequest call, DateTimeOffset receivedAt, long started, InjectedFault? fault, Answer? answer, List<string> warnings) =>
        _log.Add(new EmulatorExchange(
            call,
            receivedAt,
            answer?.Status,
            answer?.ErrorCode,
            answer?.FaultCode,
            fault,
            answer?.Body,
            warnings,
            _clock.GetElapsedTime(started)));

    private InjectedFault? TakeFault(EmulatorRequest call, List<string> warnings)
    {
        try
        {
            return _faults.Take(call);
        }
        catch (Exception e)
        {
            warnings.Add($"A fault rule's predicate threw {e.GetType().Name}: {e.Message}; no fault was injected into call {call.CallNumber}");
            return null;
        }
    }

    private async Task<Answer?> AnswerAsync(InjectedFault? fault, ReceivedBody body, string? soapAction, List<string> warnings, CancellationToken cancellationToken)
    {
        switch (fault?.Kind)
        {
            case InjectedFaultKind.Delay:
                await Task.Delay(fault.Duration!.Value, _clock, cancellationToken).ConfigureAwait(false);
                break;
            case InjectedFaultKind.Hold:
                await fault.Gate!.PassAsync(cancellationToken).ConfigureAwait(false);
                break;
            case InjectedFaultKind.MarketoFault:
                return Answer.From(SoapFault.Marketo(fault.ErrorCode!.Value, fault.Message, fault.Cause));
            case InjectedFaultKind.HttpError:
                return new Answer(fault.HttpStatusCode!.Value, fault.ContentType!, Encoding.UTF8.GetBytes(fault.Message!), null, null);
            case InjectedFaultKind.MalformedBody:
                return new Answer(StatusCodes.Status200OK, SoapMessageWriter.ContentType, MalformedAnswer, null, null);
            case InjectedFaultKind.DropConnection:
                return null;
            case InjectedFaultKind.ApplyThenAnswer:
                // The ambiguous case: the store changes, yet the caller sees a failure and cannot tell.
                Handle(body, soapAction, warnings);
                return await AnswerAsync(fault.Then, body, soapAction, warnings, cancellationToken).ConfigureAwait(false);
        }

        return Handle(body, soapAction, warnings);
    }

    private Answer Handle(ReceivedBody body, string? soapAction, List<string> warnings)
    {
        try
        {
            var request = _reader.Read(body.Bytes, body.TakeParsed(), soapAction, warnings);
            var operation = Served(request.Operation);
            _authenticator.Verify(request.AuthenticationHeader);
            _limiter.Admit();
            return new Answer(StatusCodes.Status200OK, SoapMessageWriter.ContentType, operation(request.Body), null, null);
        }
        catch (SoapFault fault)
        {
            return Answer.From(fault);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the emulator itself: answered as Marketo's internal error, and recorded so a test can see it.
            warnings.Add($"Emulator failure, answered as 10001: {e}");
            return Answer.From(SoapFault.Marketo(10001, "Internal error: " + e.Message));
        }
    }

    // The constructor made sure every operation of the WSDL has a handler, and the reader found the
    // operation in the WSDL, so the lookup cannot miss.
    private Func<XElement, byte[]> Served(ContractOperation operation) => _operations[operation.Name];

    private static async Task SendAsync(HttpContext context, Answer? answer, InjectedFault? fault, CancellationToken cancellationToken)
    {
        if (answer is null)
        {
            context.Abort();
            return;
        }

        var bytes = fault?.Kind == InjectedFaultKind.TruncatedBody ? answer.Body[..(answer.Body.Length / 2)] : answer.Body;
        await WriteAsync(context.Response, answer.Status, answer.ContentType, bytes, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, byte[] body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Sized from Content-Length when the caller sent one, so a large body is neither regrown
        // step by step nor copied once more at the end.
        using var buffer = new MemoryStream(request.ContentLength is > 0 and <= MaxPresizedBody and var length ? (int)length : 0);
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.TryGetBuffer(out var written) && written.Offset == 0 && written.Count == written.Array!.Length ? written.Array : buffer.ToArray();
    }

    /// <summary>An answer ready to write.</summary>
    private sealed record Answer(int Status, string ContentType, byte[] Body, int? ErrorCode, string? FaultCode)
    {
        // Marketo sends faults with HTTP 500, as SOAP 1.1 over HTTP requires (contract facts §3).
        public static Answer From(SoapFault fault) =>
            new(StatusCodes.Status500InternalServerError, SoapMessageWriter.ContentType, SoapMessageWriter.Fault(fault), fault.ErrorCode, fault.FaultCode);
    }
}
