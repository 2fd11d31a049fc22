using Marketo.Soap.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace Marketo.Soap.Tests.Pipeline;

/// <summary>The client's retry pipelines per result type, built at first use from the options as they were when the client was made.</summary>
public class TypedRetryPipelinesTests
{
    [Fact]
    public void For_SameTypeAndSafetyTwice_ReturnsOnePipeline()
    {
        var pipelines = new TypedRetryPipelines(new MarketoSoapRetryOptions(), TimeProvider.System, NullLogger.Instance);

        Assert.Same(pipelines.For<int>(RepeatSafety.Safe), pipelines.For<int>(RepeatSafety.Safe));
        Assert.NotSame(pipelines.For<int>(RepeatSafety.Safe), pipelines.For<int>(RepeatSafety.OnlyWhenUnapplied));
    }

    [Fact]
    public async Task For_OptionsChangedAfterConstruction_RepeatsAsTheyWereThen()
    {
        var options = new MarketoSoapRetryOptions { MaxRetryAttempts = 0 };
        var pipelines = new TypedRetryPipelines(options, TimeProvider.System, NullLogger.Instance);
        options.MaxRetryAttempts = 3;
        var attempts = 0;

        await Assert.ThrowsAsync<MarketoTransportException>(() => pipelines.For<int>(RepeatSafety.Safe).ExecuteAsync(_ =>
        {
            attempts++;
            return ValueTask.FromException<int>(new MarketoTransportException("Could not connect.", MarketoTransportFailure.ConnectionFailed, httpStatusCode: null, "getLead") { RequestNotSent = true });
        }).AsTask());

        Assert.Equal(1, attempts);
    }
}
