// The FHIR model has a Task resource; in this service Task means the .NET one.
global using Task = System.Threading.Tasks.Task;
