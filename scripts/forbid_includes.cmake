# myo_forbid_includes(MODULE REGEX FILE...): configuration fails when one of the files includes a
# header whose path matches REGEX (the folders and libraries MODULE must not depend on).
function(myo_forbid_includes module regex)
  foreach(source IN LISTS ARGN)
    file(STRINGS ${source} forbidden REGEX "#include *[<\"](${regex})")
    if(forbidden)
      message(FATAL_ERROR "${source}: ${module} must not include ${forbidden}")
    endif()
  endforeach()
endfunction()
