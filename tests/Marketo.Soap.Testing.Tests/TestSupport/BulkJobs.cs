namespace Marketo.Soap.Testing.Tests.TestSupport;

/// <summary>Runs bulk jobs the way a caller would, keeping what they yield.</summary>
internal static class BulkJobs
{
    /// <summary>Enumerates <paramref name="job"/> to its end, adding each result to <paramref name="yielded"/>.</summary>
    /// <param name="job">The bulk job.</param>
    /// <param name="yielded">Receives the results in the order they are yielded.</param>
    /// <param name="afterEach">Called with the number of results so far, after each is added.</param>
    /// <returns>What stopped the job, or <see langword="null"/> when it went through its whole input.</returns>
    public static async Task<Exception?> RunAsync<T>(IAsyncEnumerable<T> job, List<T> yielded, Action<int>? afterEach = null)
    {
        try
        {
            await foreach (var result in job)
            {
                yielded.Add(result);
                afterEach?.Invoke(yielded.Count);
            }

            return null;
        }
        catch (Exception stopped)
        {
            return stopped;
        }
    }
}
