"""Graph: facts to RDF (schema.org, W3C ORG, PROV-O, SKOS and the kg ontology), one named graph per article."""
