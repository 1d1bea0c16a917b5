# The include-graph check (cmake -P): every `#include "stage/…"` in
# generator/<stage>/ must name the stage itself or a stage it links (the
# DEPENDS of handboek_stage() in CMakeLists.txt, followed transitively), and
# third-party headers and C APIs stay in the stages that own them. Every
# stage's include path is all of generator/, so without this check a
# backwards include would compile; the build runs it (target
# handboek_include_graph, part of `all`) and fails on the first violation.
#
# Inputs: -DGENERATOR_DIR=<generator/> -DRULES=<file setting HANDBOEK_STAGES
# and HANDBOEK_ALLOWED_<stage>> -DSTAMP=<file touched on success>.

cmake_minimum_required(VERSION 3.25)

# Third-party headers (#include <prefix…>) and C API prefixes (calls to
# prefix_…()) → the only stages that may use them.
set(library_headers git2 cmark kainjow dtl hunspell hyphen httplib yaml-cpp gumbo libxml)
set(library_stages_git2 source history)
set(library_stages_cmark load render)
set(library_stages_kainjow render)
set(library_stages_dtl render)
set(library_stages_hunspell language)
set(library_stages_hyphen language)
set(library_stages_httplib serve)
set(library_stages_yaml-cpp yaml)
set(library_stages_gumbo load)
set(library_stages_libxml load)
set(library_calls git cmark)
set(library_call_stages_git source history)
set(library_call_stages_cmark load render)

include(${RULES})

set(problems "")
foreach(stage IN LISTS HANDBOEK_STAGES)
  file(GLOB files ${GENERATOR_DIR}/${stage}/*.h ${GENERATOR_DIR}/${stage}/*.cpp)
  list(SORT files)
  foreach(file IN LISTS files)
    file(RELATIVE_PATH shown ${GENERATOR_DIR}/.. ${file})
    file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS includes)
      if(line MATCHES "#[ \t]*include[ \t]*\"([a-z_]+)/")
        set(used ${CMAKE_MATCH_1})
        if(NOT used STREQUAL stage AND NOT used IN_LIST HANDBOEK_ALLOWED_${stage})
          string(REPLACE ";" " " allowed "${HANDBOEK_ALLOWED_${stage}}")
          string(APPEND problems "${shown}: ${line}: ${stage}/ may include only ${stage}/ and the stages it links: ${allowed}\n")
        endif()
      elseif(line MATCHES "#[ \t]*include[ \t]*<([A-Za-z0-9_-]+)")
        set(header ${CMAKE_MATCH_1})
        foreach(library IN LISTS library_headers)
          if(header MATCHES "^${library}" AND NOT stage IN_LIST library_stages_${library})
            string(REPLACE ";" " " owners "${library_stages_${library}}")
            string(APPEND problems "${shown}: ${line}: only ${owners} may include ${library} headers\n")
          endif()
        endforeach()
      endif()
    endforeach()
    foreach(library IN LISTS library_calls)
      if(stage IN_LIST library_call_stages_${library})
        continue()
      endif()
      file(STRINGS ${file} calls REGEX "(^|[^A-Za-z0-9_:.>])${library}_[a-z0-9_]+\\(")
      foreach(line IN LISTS calls)
        string(STRIP "${line}" line)
        string(REPLACE ";" " " owners "${library_call_stages_${library}}")
        string(APPEND problems "${shown}: ${line}: only ${owners} may call ${library}_* functions\n")
      endforeach()
    endforeach()
  endforeach()
endforeach()

if(problems)
  # NOTICE prints the lines as they are (FATAL_ERROR would rewrap them).
  message(NOTICE "${problems}")
  message(FATAL_ERROR "include graph: a stage above uses a later stage or a library it does not own "
                      "(generator/README.md)")
endif()
file(TOUCH ${STAMP})
