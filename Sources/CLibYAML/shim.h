// libyaml (Debian libyaml-dev, pkg-config yaml-0.1): the YAML 1.1 parser the model
// reader drives event by event (Sources/SiloscopeModel/YAMLDocument.swift).
#include <yaml.h>
