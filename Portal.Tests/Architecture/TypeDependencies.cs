using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Portal.Tests.Architecture;

/// <summary>Every type one type uses: its signatures, attributes and the IL of its methods, generic arguments unfolded.</summary>
public static class TypeDependencies
{
    public static IEnumerable<TypeReference> Of(TypeDefinition type)
    {
        var used = new List<TypeReference>();
        if (type.BaseType is { } baseType) used.Add(baseType);
        used.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        used.AddRange(Attributes(type));
        used.AddRange(type.GenericParameters.SelectMany(p => p.Constraints.Select(c => c.ConstraintType)));
        foreach (var field in type.Fields) { used.Add(field.FieldType); used.AddRange(Attributes(field)); }
        foreach (var property in type.Properties) { used.Add(property.PropertyType); used.AddRange(Attributes(property)); }
        foreach (var @event in type.Events) used.Add(@event.EventType);
        foreach (var method in type.Methods) used.AddRange(OfMethod(method));
        return used.SelectMany(Unfold);
    }

    private static IEnumerable<TypeReference> OfMethod(MethodDefinition method)
    {
        yield return method.ReturnType;
        foreach (var parameter in method.Parameters) yield return parameter.ParameterType;
        foreach (var attribute in Attributes(method)) yield return attribute;
        foreach (var constraint in method.GenericParameters.SelectMany(p => p.Constraints)) yield return constraint.ConstraintType;
        if (!method.HasBody) yield break;
        foreach (var variable in method.Body.Variables) yield return variable.VariableType;
        foreach (var handler in method.Body.ExceptionHandlers) if (handler.CatchType is { } caught) yield return caught;
        foreach (var instruction in method.Body.Instructions)
        {
            foreach (var operand in Operand(instruction)) yield return operand;
        }
    }

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => [type],
        GenericInstanceMethod generic => [generic.DeclaringType, generic.ReturnType, .. generic.GenericArguments, .. generic.Parameters.Select(p => p.ParameterType)],
        MethodReference method => [method.DeclaringType, method.ReturnType, .. method.Parameters.Select(p => p.ParameterType)],
        FieldReference field => [field.DeclaringType, field.FieldType],
        _ => [],
    };

    /// <summary>An attribute's type and any typeof(...) among its arguments, e.g. [Layout(typeof(WallLayout))].</summary>
    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            yield return attribute.AttributeType;
            var arguments = attribute.ConstructorArguments
                .Concat(attribute.Properties.Select(p => p.Argument))
                .Concat(attribute.Fields.Select(f => f.Argument));
            foreach (var argument in arguments) if (argument.Value is TypeReference type) yield return type;
        }
    }

    private static IEnumerable<TypeReference> Unfold(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var inner in generic.GenericArguments.Prepend(generic.ElementType).SelectMany(Unfold)) yield return inner;
                break;
            case TypeSpecification specification: // arrays, ref, pointers, modifiers
                foreach (var inner in Unfold(specification.ElementType)) yield return inner;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
