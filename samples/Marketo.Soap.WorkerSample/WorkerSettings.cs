namespace Marketo.Soap.WorkerSample;

/// <summary>What the worker does: which instances it syncs, how many leads each, and whether it stops after one round.</summary>
/// <param name="Instances">The service keys of the Marketo instances.</param>
/// <param name="LeadsPerInstance">How many generated leads one round syncs to each instance.</param>
/// <param name="Once">Run one round, then stop the host with the round's exit code.</param>
internal sealed record WorkerSettings(IReadOnlyList<string> Instances, int LeadsPerInstance, bool Once);
