using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.ServiceModel.Dispatcher;

namespace Marketo.Soap.Serialization;

/// <summary>
/// Gives a proxy operation the generated formatter in place of XmlSerializer's; the proxy, its
/// channel and the binding stay as they are.
/// </summary>
/// <remarks>
/// WCF's <see cref="XmlSerializerOperationBehavior"/> is taken off the operation: it would
/// otherwise still build the operation's XmlSerializers by reflection when the channel opens (most
/// of a process's first-call cost) for a formatter that is then replaced. Nothing else needs it:
/// faults are read by WCF's default fault formatter into the same <c>FaultException</c>, and the
/// client reads them from its <c>MessageFault</c>.
/// </remarks>
internal sealed class GeneratedSerializationBehavior(OperationWire wire) : IOperationBehavior
{
    /// <summary>Adds the behaviour to every operation of <paramref name="contract"/>.</summary>
    /// <exception cref="InvalidOperationException">An operation has no generated code (the proxy changed without a rebuild of the generator's output).</exception>
    public static void AddTo(ContractDescription contract)
    {
        foreach (var operation in contract.Operations)
        {
            var wire = MktowsWire.For(operation.Name)
                ?? throw new InvalidOperationException($"No generated serialization code for operation '{operation.Name}'.");
            operation.OperationBehaviors.Remove(typeof(XmlSerializerOperationBehavior));
            operation.OperationBehaviors.Add(new GeneratedSerializationBehavior(wire));
        }
    }

    public void AddBindingParameters(OperationDescription operationDescription, BindingParameterCollection bindingParameters)
    {
    }

    public void ApplyClientBehavior(OperationDescription operationDescription, ClientOperation clientOperation)
    {
        clientOperation.Formatter = new GeneratedMessageFormatter(wire);
        clientOperation.SerializeRequest = true;
        clientOperation.DeserializeReply = true;
    }

    public void ApplyDispatchBehavior(OperationDescription operationDescription, DispatchOperation dispatchOperation)
    {
    }

    public void Validate(OperationDescription operationDescription)
    {
    }
}
