namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// Tests that listen to the process-wide <c>Marketo.Soap</c> activity source and meter run alone,
/// so no other test's calls show up in what they record.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
