using System.Collections.Concurrent;
using Marketo.Soap.Models;
using Moq;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>
/// A mocked <see cref="IMarketoSoapClient"/> whose syncMultipleLeads calls each wait for the test
/// to answer them, so a test decides which call finishes when and how.
/// </summary>
internal sealed class ScriptedLeadCalls
{
    private readonly ConcurrentQueue<PendingCall> _calls = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public ScriptedLeadCalls()
    {
        Mock.Setup(c => c.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SyncMultipleLeadsRequest request, CancellationToken token) =>
            {
                var call = new PendingCall(request, token);
                _calls.Enqueue(call);
                _arrived.Release();
                return call.Answer.Task;
            });
    }

    public Mock<IMarketoSoapClient> Mock { get; } = new(MockBehavior.Strict);

    public IMarketoSoapClient Client => Mock.Object;

    public IReadOnlyList<PendingCall> Calls => _calls.ToArray();

    /// <summary>Waits until <paramref name="count"/> calls have arrived in total.</summary>
    public async Task<IReadOnlyList<PendingCall>> WaitForCallsAsync(int count)
    {
        while (_calls.Count < count)
        {
            await _arrived.WaitAsync(TimeSpan.FromSeconds(10));
        }

        return Calls;
    }

    /// <summary>A lead result for every lead of a call: lead ids 1000 + position in the call, all created.</summary>
    public static SyncMultipleLeadsResult AllCreated(SyncMultipleLeadsRequest request) =>
        MarketoSoapModelFactory.SyncMultipleLeadsResult(
            request.Leads.Select((lead, i) => MarketoSoapModelFactory.LeadSyncResult(i, lead, 1000 + i, LeadSyncStatus.Created)));

    internal sealed class PendingCall(SyncMultipleLeadsRequest request, CancellationToken token)
    {
        public SyncMultipleLeadsRequest Request { get; } = request;

        public CancellationToken Token { get; } = token;

        public TaskCompletionSource<SyncMultipleLeadsResult> Answer { get; } = CreateAnswer(token);

        public void Succeed() => Answer.TrySetResult(AllCreated(Request));

        public void Fail(Exception failure) => Answer.TrySetException(failure);

        private static TaskCompletionSource<SyncMultipleLeadsResult> CreateAnswer(CancellationToken token)
        {
            var answer = new TaskCompletionSource<SyncMultipleLeadsResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            token.Register(() => answer.TrySetCanceled(token));
            return answer;
        }
    }
}
