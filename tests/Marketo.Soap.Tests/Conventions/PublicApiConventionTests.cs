using System.Reflection;
using Marketo.Soap.Models;
using Moq;

namespace Marketo.Soap.Tests.Conventions;

/// <summary>House rules for the public surface of Marketo.Soap, checked by reflection so a change that breaks one fails the build.</summary>
public class PublicApiConventionTests
{
    private static readonly Assembly Library = typeof(MarketoSoapClient).Assembly;

    // Dispose() follows the dispose pattern: it is not virtual, and subclasses (and mocks) override
    // the protected virtual Dispose(bool) instead, which the test below also requires.
    private static readonly string[] NonVirtualByDesign = ["Dispose()"];

    private static IEnumerable<Type> Models =>
        ApiConventions.HandWrittenPublicTypes(Library).Where(t => t.Namespace == typeof(LeadRecord).Namespace && t.IsClass && !(t.IsAbstract && t.IsSealed));

    private static IEnumerable<Type> ResultModels => Models.Where(t => t.Name.EndsWith("Result", StringComparison.Ordinal));

    private static IEnumerable<Type> RequestModels => Models.Except(ResultModels);

    [Fact]
    public void PublicSignatures_OutsideGenerated_NeverNameAProxyType()
    {
        Assert.Empty(ApiConventions.HandWrittenPublicTypes(Library).SelectMany(ApiConventions.GeneratedTypesInSignatures));
    }

    [Fact]
    public void PublicProxyTypes_AreHiddenFromEditors()
    {
        // XmlSerializer needs the wire types public; EditorBrowsable(Never) keeps them out of users' IntelliSense.
        var proxyTypes = Library.GetExportedTypes().Where(t => t.Namespace == ApiConventions.GeneratedNamespace).ToList();

        Assert.Contains(typeof(Marketo.Soap.Generated.LeadKeySelector), proxyTypes); // the filter still finds the proxy
        Assert.Empty(proxyTypes.Where(t => t.GetCustomAttribute<System.ComponentModel.EditorBrowsableAttribute>()?.State != System.ComponentModel.EditorBrowsableState.Never).Select(t => t.Name));
    }

    [Fact]
    public void PublicAsyncMethods_EndInAsyncAndTakeADefaultedCancellationTokenLast()
    {
        Assert.Empty(ApiConventions.HandWrittenPublicTypes(Library).SelectMany(ApiConventions.AsyncMethodViolations));
    }

    [Fact]
    public void RequestModels_AreSealedRecordsWithInitOnlyPropertiesAndReadOnlyLists()
    {
        Assert.Contains(typeof(SyncMultipleLeadsRequest), RequestModels); // the classification still finds the models
        Assert.Empty(RequestModels.SelectMany(ApiConventions.RequestModelViolations));
    }

    [Fact]
    public void ResultModels_HaveNoPublicSettersAndExposeReadOnlyLists()
    {
        Assert.Contains(typeof(LeadSyncResult), ResultModels);
        Assert.Empty(ResultModels.SelectMany(ApiConventions.ResultModelViolations));
    }

    [Fact]
    public void ResultModels_WithoutPublicConstructor_CanBeBuiltWithTheModelFactory()
    {
        var buildable = typeof(MarketoSoapModelFactory).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.ReturnType).ToHashSet();

        var unbuildable = ResultModels.Where(t => t.GetConstructors().Length == 0 && !buildable.Contains(t));

        Assert.Empty(unbuildable);
    }

    [Fact]
    public void MarketoSoapClient_EveryPublicMemberIsVirtual()
    {
        Assert.Empty(ApiConventions.NonVirtualPublicMembers(typeof(MarketoSoapClient), NonVirtualByDesign));
    }

    [Fact]
    public void MarketoSoapClient_DisposeBoolIsProtectedVirtual()
    {
        var disposing = typeof(MarketoSoapClient).GetMethod("Dispose", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(bool)]);

        Assert.True(disposing is { IsFamily: true, IsVirtual: true, IsFinal: false });
    }

    [Fact]
    public void MarketoSoapClient_HasProtectedParameterlessConstructorForMocking()
    {
        var constructor = typeof(MarketoSoapClient).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);

        Assert.True(constructor is { IsFamily: true });
    }

    [Fact]
    public async Task MarketoSoapClient_CanBeMockedThroughItsVirtualMembers()
    {
        var mock = new Mock<MarketoSoapClient>();
        var expected = MarketoSoapModelFactory.SyncMObjectsResult();
        mock.Setup(c => c.SyncMObjectsAsync(It.IsAny<SyncMObjectsRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(expected);

        var result = await mock.Object.SyncMObjectsAsync(null!);

        Assert.Same(expected, result);
    }

    // The checks themselves must be able to fail: each meets a type that breaks its rule.

    [Fact]
    public void GeneratedTypesInSignatures_TypeReturningAProxyType_IsReported()
    {
        Assert.Equal(["Marketo.Soap.Tests.Conventions.PublicApiConventionTests+LeakyClient.Leak uses Marketo.Soap.Generated.LeadRecord[]"], ApiConventions.GeneratedTypesInSignatures(typeof(LeakyClient)));
    }

    [Fact]
    public void AsyncMethodViolations_BadlyShapedAsyncMethods_AreReported()
    {
        Assert.Equal(
            [
                "BadAsyncShapes.Send: returns a task but does not end in Async",
                "BadAsyncShapes.SendAsync: the last parameter is not a CancellationToken",
                "BadAsyncShapes.PollAsync: the CancellationToken has no default",
            ],
            ApiConventions.AsyncMethodViolations(typeof(BadAsyncShapes)));
    }

    [Fact]
    public void RequestModelViolations_MutableUnsealedClass_IsReported()
    {
        Assert.Equal(
            [
                "MutableRequest is not sealed",
                "MutableRequest is not a record",
                "MutableRequest.Name has a public setter that is not init-only",
                "MutableRequest.Items is a List`1, not an IReadOnlyList<T>",
            ],
            ApiConventions.RequestModelViolations(typeof(MutableRequest)));
    }

    [Fact]
    public void ResultModelViolations_ResultWithInitSetterAndArray_IsReported()
    {
        Assert.Equal(
            ["SettableResult.Id has a public setter", "SettableResult.Items is a String[], not an IReadOnlyList<T>"],
            ApiConventions.ResultModelViolations(typeof(SettableResult)));
    }

    [Fact]
    public void NonVirtualPublicMembers_SealedOrNonVirtualMethods_AreReported()
    {
        Assert.Equal(["HalfVirtualClient.Send() is not virtual", "HalfVirtualClient.Sealed() is not virtual"], ApiConventions.NonVirtualPublicMembers(typeof(HalfVirtualClient), []));
    }

    public class LeakyClient
    {
        public global::Marketo.Soap.Generated.LeadRecord[] Leak() => [];
    }

    public class BadAsyncShapes
    {
        public Task Send(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task SendAsync(CancellationToken cancellationToken, int attempt) => Task.CompletedTask;

        public Task PollAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task GoodAsync(int attempt, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public class MutableRequest
    {
        public string? Name { get; set; }

        public List<string> Items { get; init; } = [];
    }

    public sealed class SettableResult
    {
        public int Id { get; init; }

        public string[] Items { get; } = [];

        public IReadOnlyList<string> Fine { get; } = [];
    }

    public class HalfVirtualBase
    {
        public virtual void Sealed()
        {
        }
    }

    public class HalfVirtualClient : HalfVirtualBase
    {
        public void Send()
        {
        }

        public sealed override void Sealed()
        {
        }

        public virtual void Fine()
        {
        }
    }
}
