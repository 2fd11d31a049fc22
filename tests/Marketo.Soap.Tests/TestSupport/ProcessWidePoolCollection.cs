namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// Tests that look into a process-wide pool (the idle proxy batches) run alone, so no other
/// test's calls rent or return between their steps.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWidePoolCollection
{
    public const string Name = "Process-wide pools";
}
