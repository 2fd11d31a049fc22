using System.Runtime.CompilerServices;

namespace Marketo.Soap.Pipeline;

/// <summary>
/// Remembers which cancellations ended a call before any of its attempts was handed to the network,
/// so a bulk job can report those records as certainly not applied.
/// </summary>
/// <remarks>
/// The mark travels beside the exception, not in its type or its <see cref="Exception.Data"/>: a
/// caller still sees exactly the <see cref="OperationCanceledException"/> it always saw.
/// </remarks>
internal static class UnsentCallCancellations
{
    private static readonly ConditionalWeakTable<Exception, object> Unsent = [];
    private static readonly object Marker = new();

    public static void Mark(OperationCanceledException cancellation) => Unsent.AddOrUpdate(cancellation, Marker);

    public static bool IsMarked(Exception failure) => Unsent.TryGetValue(failure, out _);
}
