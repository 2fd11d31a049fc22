using System.Diagnostics;
using System.Globalization;
using System.ServiceModel;
using System.ServiceModel.Description;
using Marketo.Soap.Benchmarks.Workload;
using Marketo.Soap.Generated;
using Marketo.Soap.Pipeline;
using Marketo.Soap.Serialization;
using Marketo.Soap.Telemetry;
using Marketo.Soap.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Marketo.Soap.Benchmarks.ColdStart;

/// <summary>
/// Runs in a fresh process and splits a cold first call into the steps the client takes, each
/// timed the first time the process takes it: the client's two retry pipelines (Polly), the WCF binding, the contract (its ContractDescription
/// read by reflection), the generated formatter's behaviour, the channel factory, opening it,
/// creating and opening the channel, the rest of the client's constructor (with the steps above
/// now warm), and the first call. Prints one line for
/// <see cref="ColdStartLauncher"/>.
/// </summary>
internal static class ColdStartSteps
{
    public const string Tag = "cold-steps";

    public static readonly string[] Names = ["retry", "binding", "contract", "formatter", "factory", "open", "channel", "client", "call"];

    public static async Task RunAsync(Uri endpoint, string userId, string encryptionKey)
    {
        var request = LeadWorkload.Request(300);
        var marks = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        void Mark()
        {
            marks.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
        }

        // The steps of MarketoPortFactory.Open, with the proxy's ClientBase construction split
        // into reading the contract and building the factory, and its opening into opening the
        // factory and creating the channel (DispatchProxy's emitted type).
        var retryOptions = new MarketoSoapOptions().Retry;
        RetryPipelineFactory.Create(retryOptions, RepeatSafety.Safe, TimeProvider.System, NullLogger.Instance);
        RetryPipelineFactory.Create(retryOptions, RepeatSafety.OnlyWhenUnapplied, TimeProvider.System, NullLogger.Instance);
        Mark();
        var binding = MarketoBinding.Create(endpoint, TimeSpan.FromSeconds(30));
        Mark();
        var contract = ContractDescription.GetContract(typeof(MktowsPort));
        Mark();
        GeneratedSerializationBehavior.AddTo(contract);
        Mark();
        var renderer = new SoapTextRenderer(new SecretRedactor(encryptionKey), recordValues: false);
        var serviceEndpoint = new ServiceEndpoint(contract, binding, new EndpointAddress(endpoint));
        serviceEndpoint.EndpointBehaviors.Add(new HttpHandlerBehavior(null));
        serviceEndpoint.EndpointBehaviors.Add(new SoapTraceInspector(NullLogger.Instance, renderer));
        var factory = new ChannelFactory<MktowsPort>(serviceEndpoint);
        Mark();
        factory.Open();
        Mark();
        var channel = factory.CreateChannel();
        ((ICommunicationObject)channel).Open();
        Mark();
        ((ICommunicationObject)channel).Abort();
        factory.Abort();

        var options = new MarketoSoapOptions { Endpoint = endpoint, UserId = userId, EncryptionKey = encryptionKey };
        using var client = new MarketoSoapClient(options);
        Mark();
        var answered = (await client.SyncMultipleLeadsAsync(request).ConfigureAwait(false)).Results.Count;
        Mark();

        var fields = Names.Zip(marks, (name, ms) => string.Create(CultureInfo.InvariantCulture, $"{name}={ms:F1}"));
        var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Tag} {string.Join(' ', fields)} cpu={cpuUsed:F1} answered={answered}"));
    }
}
